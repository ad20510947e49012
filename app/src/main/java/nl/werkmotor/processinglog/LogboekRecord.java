package nl.werkmotor.processinglog;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A processing record in the JSON rendering of the Logboek Dataverwerkingen log record
 * ({@code ../shared/standards/logboek/logrecord.schema.json}): what another log, an audit or the person's
 * data export receives. Times are milliseconds since the epoch; attribute keys are the standard's
 * {@code dpl.core.*} and our own {@code dpl.werkmotor.*}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogboekRecord(@JsonProperty("trace_id") String traceId,
                            @JsonProperty("span_id") String spanId,
                            @JsonProperty("parent_span_id") String parentSpanId,
                            @JsonProperty("status_code") String statusCode,
                            String name,
                            @JsonProperty("start_time") long startTime,
                            @JsonProperty("end_time") long endTime,
                            Resource resource,
                            Map<String, String> attributes) {

    /** Our person id: the data subject is never named by a BSN in the log. */
    public static final String DATA_SUBJECT_ID_TYPE = "werkmotor-persoon-id";
    /** Only what succeeded is recorded: a failed change takes its record with it. */
    static final String STATUS_OK = "STATUS_CODE_OK";
    static final Resource WERKMOTOR = new Resource(Map.of("service.name", "werkmotor"));

    /** The application that wrote the record, as OpenTelemetry resource attributes. */
    public record Resource(Map<String, String> attributes) {
    }
}
