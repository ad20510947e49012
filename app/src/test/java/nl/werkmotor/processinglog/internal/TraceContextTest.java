package nl.werkmotor.processinglog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** W3C Trace Context: a valid traceparent is continued, anything else starts a new trace. */
class TraceContextTest {

    @Test
    void aValidTraceparentIsContinuedWithTheCallersSpanAsParent() {
        TraceContext trace = TraceContext.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        assertThat(trace.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(trace.parentSpanId()).isEqualTo("00f067aa0ba902b7");
    }

    @Test
    void invalidTraceparentsStartANewTrace() {
        for (String invalid : new String[] {null, "", "nonsense", "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"}) {
            TraceContext trace = TraceContext.of(invalid);

            assertThat(trace.traceId()).as(invalid).matches("[0-9a-f]{32}").isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(trace.parentSpanId()).as(invalid).isNull();
        }
    }

    @Test
    void newIdsAreLowercaseHexAndNeverRepeat() {
        assertThat(TraceContext.newSpanId()).matches("[0-9a-f]{16}").isNotEqualTo(TraceContext.newSpanId());
    }
}
