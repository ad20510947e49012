package nl.werkmotor.processinglog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import nl.werkmotor.taxonomy.RealEsco;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Logboek Dataverwerkingen log-record schema from the shared standards folder (never copied into the repository). */
public final class LogboekSchema {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read("logrecord.schema.json"));

    private LogboekSchema() {
    }

    /** Beside the shared data folder: {@code shared/standards/logboek}. */
    static Path folder() {
        return RealEsco.sharedData().resolveSibling("standards").resolve("logboek");
    }

    static String read(String file) {
        try {
            return Files.readString(folder().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> errors(String json) {
        return SCHEMA.validate(JSON.readTree(json));
    }

    /** Renders the record as JSON, as a log or an export would, and checks it against the schema. */
    public static JsonNode assertValid(ProcessingRecord record) {
        String json = JSON.writeValueAsString(record.asLogboekRecord());
        assertThat(errors(json)).as(json).isEmpty();
        return JSON.readTree(json);
    }
}
