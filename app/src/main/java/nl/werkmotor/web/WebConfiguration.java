package nl.werkmotor.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import nl.werkmotor.identity.FindCurrentUser;

/** Language (Dutch first, English), the layout's model, the web shell's own menu entry, CORS for the API document. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // not in commands: they start without a web server
class WebConfiguration implements WebMvcConfigurer {

    private final CookieLocaleResolver language;
    private final List<NavigationLink> navigation;
    private final FindCurrentUser currentUser;
    private final Environment environment;

    WebConfiguration(CookieLocaleResolver language, List<NavigationLink> navigation, FindCurrentUser currentUser,
            Environment environment) {
        this.language = language;
        this.navigation = navigation;
        this.currentUser = currentUser;
        this.environment = environment;
    }

    /** The bean name is what DispatcherServlet looks for; Secure as the session cookie is (production). */
    @Bean
    static CookieLocaleResolver localeResolver(
            @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        return LanguageSwitch.cookieResolver(secure);
    }

    @Bean
    static NavigationLink homeLink() {
        return new NavigationLink("/", "nav.home", 0);
    }

    /** The API's own description may be read from any origin (NL API Design Rules: a public OpenAPI document). */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(ApiDocument.PATH).allowedOrigins("*").allowedMethods("GET");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(language));
        registry.addInterceptor(new PageModel(navigation, currentUser, environment));
    }
}
