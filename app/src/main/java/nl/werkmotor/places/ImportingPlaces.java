package nl.werkmotor.places;

import java.sql.Connection;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.platform.CopyRows;
import nl.werkmotor.places.internal.PlacesData;
import nl.werkmotor.places.internal.PlacesReader;

/**
 * Replaces regions, municipalities and postcode areas with those of the CBS and GeoNames files. The
 * files are read and checked before the database is touched, then the tables are replaced in one
 * transaction: a refused or failed import leaves the previous places as they were, and importing
 * the same files again gives the same tables.
 */
@Component
public class ImportingPlaces {

    private static final Logger log = LoggerFactory.getLogger(ImportingPlaces.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ImportingPlaces(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @throws PlacesImportRefused when a file is missing or broken, naming file and line */
    public PlacesImportResult importPlaces(ImportPlacesCommand command) {
        long start = System.nanoTime();
        PlacesData data = PlacesReader.read(command.source());
        transaction.executeWithoutResult(status -> {
            // DELETE, not TRUNCATE: readers keep seeing the previous places until the commit
            jdbc.update("delete from postcode4");
            jdbc.update("delete from municipality");
            jdbc.update("delete from region");
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                try (CopyRows rows = CopyRows.into(connection, "region (code, name)")) {
                    data.regions.forEach((code, name) -> rows.row(code, name));
                }
                try (CopyRows rows = CopyRows.into(connection, "municipality (code, name, region_code, lat, lon)")) {
                    data.municipalities.values().forEach(m -> rows.row(m.code(), m.name(), m.regionCode(), m.lat(), m.lon()));
                }
                try (CopyRows rows = CopyRows.into(connection, "postcode4 (code, municipality_code, lat, lon, places)")) {
                    data.postcodes.forEach(p -> rows.row(p.code(), p.municipalityCode(), p.lat(), p.lon(), p.places()));
                }
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            jdbc.update("insert into places_import (source, regions, municipalities, postcodes) values (?, ?, ?, ?)",
                    data.source, data.regions.size(), data.municipalities.size(), data.postcodes.size());
        });
        PlacesImportResult result = new PlacesImportResult(data.source, data.regions.size(), data.municipalities.size(),
                data.postcodes.size(), Duration.ofNanos(System.nanoTime() - start));
        log.info(result.summary());
        return result;
    }
}
