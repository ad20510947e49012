package nl.werkmotor.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.werkmotor.identity.Role;
import nl.werkmotor.identity.SigningIn;

/** The home page and the login page: the demo account form, the OIDC provider's button, or both (Spring Security handles the POST and the logout). */
@Controller
@ConditionalOnWebApplication // not in commands: they start without a web server
class PublicPages {

    private final SigningIn signingIn;

    PublicPages(SigningIn signingIn) {
        this.signingIn = signingIn;
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    /** With {@link SigningIn#AGAIN}: asked to sign in again before a step that cannot be undone. */
    @GetMapping("/login")
    String login(@RequestParam(name = SigningIn.AGAIN, required = false) String again, Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("passwordLogin", signingIn.withPassword());
        model.addAttribute("providerLogin", signingIn.providerLogin(again != null).orElse(null));
        model.addAttribute("again", again != null);
        return "login";
    }
}
