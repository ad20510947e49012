package nl.werkmotor.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.werkmotor.identity.Role;

/** The home page and the login form (Spring Security handles the POST and the logout). */
@Controller
@ConditionalOnWebApplication // not in commands: they start without a web server
class PublicPages {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("roles", Role.values());
        return "login";
    }
}
