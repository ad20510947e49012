package nl.werkmotor.taxonomy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to import: the English ESCO CSV package (required) and optionally the Dutch package and the
 * Dutch crosswalks, each a directory or a zip, in any order (files are recognised by name).
 *
 * @param version the ESCO version to record, e.g. "v1.1.1"; null to recognise it from the sources' names
 */
public record ImportTaxonomyCommand(List<Path> sources, String version) {

    public ImportTaxonomyCommand {
        sources = List.copyOf(sources);
    }

    public ImportTaxonomyCommand(List<Path> sources) {
        this(sources, null);
    }

    /**
     * The development layout, as {@code import-taxonomy} without arguments reads it: the newest
     * {@code esco-v*-en} folder under {@code root}, the Dutch one of that version and {@code nl-crosswalks}.
     */
    public static ImportTaxonomyCommand fromDevelopmentFolder(Path root) {
        return new ImportTaxonomyCommand(ImportTaxonomyCommandLine.developmentSources(root));
    }

    public Optional<String> explicitVersion() {
        return Optional.ofNullable(version).filter(v -> !v.isBlank());
    }
}
