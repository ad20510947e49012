package nl.werkmotor.processinglog.internal;

import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The W3C Trace Context a processing record belongs to: the request's, set by {@link TraceContextFilter},
 * or a fresh one outside a request (a command).
 *
 * @param parentSpanId the caller's span from its {@code traceparent}; null when it named none
 * @param start        when the request (or the work outside one) began
 */
public record TraceContext(String traceId, String parentSpanId, Instant start) {

    static final String ATTRIBUTE = TraceContext.class.getName();

    /** version-traceid-parentid-flags; version ff is forbidden, ids of zeros are invalid. */
    private static final Pattern TRACEPARENT = Pattern.compile(
            "(?!ff)[0-9a-f]{2}-(?!0{32})([0-9a-f]{32})-(?!0{16})([0-9a-f]{16})-[0-9a-f]{2}(-.*)?");

    public static TraceContext current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof TraceContext trace
                ? trace
                : fresh();
    }

    /** Continues the caller's trace when its header is valid; an invalid one is ignored, as W3C asks. */
    static TraceContext of(String traceparent) {
        var header = traceparent == null ? null : TRACEPARENT.matcher(traceparent.strip());
        return header != null && header.matches()
                ? new TraceContext(header.group(1), header.group(2), Instant.now())
                : fresh();
    }

    private static TraceContext fresh() {
        return new TraceContext(randomHex(16), null, Instant.now());
    }

    public static String newSpanId() {
        return randomHex(8);
    }

    /** Random, and never all zeros: W3C's only invalid value. */
    private static String randomHex(int bytes) {
        byte[] id = new byte[bytes];
        do {
            ThreadLocalRandom.current().nextBytes(id);
        } while (HexFormat.of().formatHex(id).chars().allMatch(c -> c == '0'));
        return HexFormat.of().formatHex(id);
    }
}
