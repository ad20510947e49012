package nl.werkmotor.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.werkmotor.web.ApiProblem.Message;

/**
 * The body of every API error (RFC 9457, as the NL API Design Rules use it): title and detail in
 * Dutch, the message in both languages, and for a 400 every invalid parameter.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Problem(String type, String title, int status, String detail, String instance, Message message,
        List<InvalidParam> invalidParams) {

    /** @param reason why, in Dutch; {@code message} has it in both languages */
    record InvalidParam(String name, String reason, Message message) {
    }
}
