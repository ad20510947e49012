package nl.werkmotor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;

import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;

/** A 400 names every invalid parameter, in Dutch and English, however it was found. */
class InvalidParamsTest {

    record Vacancy(String title, Integer hours) {
    }

    private final InvalidParams invalidParams = new InvalidParams(messages());

    @Test
    void listsEveryFieldThatBeanValidationRefused() {
        var binding = new BeanPropertyBindingResult(new Vacancy("", 80), "vacancy");
        binding.rejectValue("title", "NotBlank", "must not be blank");
        binding.rejectValue("hours", "Max", new Object[] {"hours", 40}, "must be at most 40");

        List<Problem.InvalidParam> params = invalidParams.of(new BindException(binding));

        assertThat(params).containsExactly(
                new Problem.InvalidParam("title", "is verplicht", new Message("is verplicht", "is required")),
                new Problem.InvalidParam("hours", "mag hoogstens 40 zijn",
                        new Message("mag hoogstens 40 zijn", "must be at most 40")));
    }

    @Test
    void passesOnWhatAControllerFound() {
        var reason = new Message("ongeldig", "invalid");

        assertThat(invalidParams.of(ApiProblem.invalid(List.of(new InvalidParam("id", reason), new InvalidParam("taal", reason)))))
                .extracting(Problem.InvalidParam::name).containsExactly("id", "taal");
    }

    @Test
    void namesNothingForOtherErrors() {
        assertThat(invalidParams.of(new IllegalStateException())).isEmpty();
        assertThat(invalidParams.of(null)).isEmpty();
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale dutch = Locale.forLanguageTag("nl");
        messages.addMessage("NotBlank", dutch, "is verplicht");
        messages.addMessage("NotBlank", Locale.ENGLISH, "is required");
        messages.addMessage("Max", dutch, "mag hoogstens {1} zijn");
        messages.addMessage("Max", Locale.ENGLISH, "must be at most {1}");
        return messages;
    }
}
