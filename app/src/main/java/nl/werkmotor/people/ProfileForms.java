package nl.werkmotor.people;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import nl.werkmotor.taxonomy.Language;

/**
 * How the profile pages save a form: post/redirect/get with a message when the change is saved; the form
 * again, as a 400 with every problem and nothing saved, when it is refused.
 */
@Component
class ProfileForms {

    private final ChangingProfile changing;

    ProfileForms(ChangingProfile changing) {
        this.changing = changing;
    }

    /**
     * @param message the message key shown after saving
     * @param page    where to go after saving
     * @param form    fills the model and names the view that shows the form again
     */
    String save(ChangeProfile change, String message, String page, Supplier<String> form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            changing.change(change);
            redirect.addFlashAttribute("saved", message);
            return "redirect:" + page;
        } catch (ProfileChangeRefused refused) {
            return refused(refused, form.get(), model, response);
        }
    }

    static String refused(ProfileChangeRefused refused, String form, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("refused", refused);
        return form;
    }

    static Language language(Locale locale) {
        return Language.of(locale.getLanguage()).orElse(Language.NL);
    }
}
