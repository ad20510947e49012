package nl.werkmotor.employers;

import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import nl.werkmotor.platform.BulkLoader;
import nl.werkmotor.platform.BulkLoader.Table;

/** Replaces all employers with the given ones (streamed). */
@Component
public class LoadingEmployers {

    private static final Table<Employer> EMPLOYER = new Table<>("employer (id, name, sector, size_class, postcode4)",
            (e, rows) -> rows.row(e.id(), e.name(), e.sector(), e.size(), e.postcode4()));

    private final BulkLoader loader;

    LoadingEmployers(BulkLoader loader) {
        this.loader = loader;
    }

    /** @return how many employers were loaded */
    public long replaceAll(Stream<Employer> employers) {
        return loader.replace(employers, EMPLOYER);
    }
}
