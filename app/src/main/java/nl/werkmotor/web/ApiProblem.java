package nl.werkmotor.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.platform.Refusal;

/**
 * A REST API request that cannot be answered. Thrown by a controller under {@code /api}; the web
 * shell writes it as {@code application/problem+json} with a Dutch and an English message, like
 * every other API error.
 */
public final class ApiProblem extends ResponseStatusException {

    private final Message title;
    private final Message detail;
    private final List<InvalidParam> invalidParams;
    private final HttpHeaders headers = new HttpHeaders();

    private ApiProblem(HttpStatus status, Message title, Message detail, List<InvalidParam> invalidParams) {
        super(status, detail.en());
        this.title = title;
        this.detail = detail;
        this.invalidParams = List.copyOf(invalidParams);
    }

    /** 404: the thing asked for does not exist, e.g. title "Beroep niet gevonden". */
    public static ApiProblem notFound(Message title, Message detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, title, detail, List.of());
    }

    /** 400 listing every invalid parameter, so a client can fix them all at once. */
    public static ApiProblem invalid(List<InvalidParam> invalidParams) {
        if (invalidParams.isEmpty()) {
            throw new IllegalArgumentException("An invalid request names at least one parameter");
        }
        return new ApiProblem(HttpStatus.BAD_REQUEST, ProblemMessages.title(400), ProblemMessages.INVALID,
                invalidParams);
    }

    /** 400 listing every reason a use case refused the request for. */
    public static ApiProblem invalid(Refusal refusal) {
        return invalid(refusal.reasons().stream()
                .map(r -> new InvalidParam(r.field(), new Message(r.nl(), r.en()))).toList());
    }

    /** 403 with the reason: the caller may not do this, e.g. claim an employer of another region. */
    public static ApiProblem forbidden(Message title, Message detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, title, detail, List.of());
    }

    /** 409: the request clashes with the state of the resource, e.g. an employer someone else owns. */
    public static ApiProblem conflict(Message title, Message detail) {
        return new ApiProblem(HttpStatus.CONFLICT, title, detail, List.of());
    }

    /** 429 with {@code Retry-After}: the caller did this as often as it may for now, e.g. an employer's day. */
    public static ApiProblem tooManyRequests(Message title, Message detail, Duration retryAfter) {
        ApiProblem problem = new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, title, detail, List.of());
        problem.headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return problem;
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    public Message title() {
        return title;
    }

    public Message detail() {
        return detail;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }

    /** The same text in Dutch and English: also what other modules use for any such pair, e.g. a processing record. */
    public record Message(String nl, String en) {

        /** Dutch unless English is asked for, like the rest of Werkmotor. */
        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : nl;
        }
    }

    /** One invalid parameter, in the words of the NL API Design Rules: its name and why. */
    public record InvalidParam(String name, Message reason) {
    }
}
