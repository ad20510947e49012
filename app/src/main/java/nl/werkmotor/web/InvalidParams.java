package nl.werkmotor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import nl.werkmotor.web.ApiProblem.Message;

/** Every invalid parameter a failed API request names, whichever way Spring or a controller found them. */
@Component
class InvalidParams {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MessageSource messages;

    InvalidParams(MessageSource messages) {
        this.messages = messages;
    }

    List<Problem.InvalidParam> of(Throwable error) {
        List<Problem.InvalidParam> params = new ArrayList<>();
        switch (error) {
            case ApiProblem problem -> problem.invalidParams()
                    .forEach(p -> params.add(new Problem.InvalidParam(p.name(), p.reason().nl(), p.reason())));
            case BindException bind -> addAll(bind, params);
            case HandlerMethodValidationException validation -> {
                for (ParameterValidationResult result : validation.getParameterValidationResults()) {
                    for (MessageSourceResolvable reason : result.getResolvableErrors()) {
                        params.add(param(name(result), reason));
                    }
                }
            }
            case MethodArgumentTypeMismatchException mismatch ->
                    params.add(param(mismatch.getName(), resolvable("invalid.format")));
            case MissingServletRequestParameterException missing ->
                    params.add(param(missing.getParameterName(), resolvable("invalid.missing")));
            case null, default -> {
            }
        }
        return params;
    }

    private void addAll(BindingResult binding, List<Problem.InvalidParam> params) {
        binding.getFieldErrors().forEach(error -> params.add(param(error.getField(), error)));
        binding.getGlobalErrors().forEach(error -> params.add(param(error.getObjectName(), error)));
    }

    private static String name(ParameterValidationResult result) {
        RequestParam requestParam = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        return result.getMethodParameter().getParameterName();
    }

    private Problem.InvalidParam param(String name, MessageSourceResolvable reason) {
        Message message = new Message(messages.getMessage(reason, DUTCH), messages.getMessage(reason, Locale.ENGLISH));
        return new Problem.InvalidParam(name, message.nl(), message);
    }

    private static MessageSourceResolvable resolvable(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }
}
