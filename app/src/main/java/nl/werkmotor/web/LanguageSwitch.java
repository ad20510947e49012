package nl.werkmotor.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Dutch by default, English on {@code ?lang=en}, back with {@code ?lang=nl}; the choice is kept in a
 * cookie ({@code HttpOnly}, {@code SameSite=Lax}, and {@code Secure} where the session cookie is). Only these two: any
 * other value is ignored rather than half-translating the page.
 */
class LanguageSwitch implements HandlerInterceptor {

    static final String PARAMETER = "lang";
    static final String COOKIE = "werkmotor-taal";
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CookieLocaleResolver resolver;

    LanguageSwitch(CookieLocaleResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param secure whether the cookie goes over https only: as the session cookie does
     *               ({@code server.servlet.session.cookie.secure}, true in production, where users come over https;
     *               false in development on http://localhost)
     */
    static CookieLocaleResolver cookieResolver(boolean secure) {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSecure(secure);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String asked = request.getParameter(PARAMETER);
        if ("nl".equals(asked) || "en".equals(asked)) {
            resolver.setLocale(request, response, Locale.forLanguageTag(asked));
        }
        return true;
    }

    /** The same page in the other language: its path and query with {@code lang} replaced. */
    static String otherLanguageHref(String path, String query, Locale current) {
        return UriComponentsBuilder.fromPath(path).query(query)
                .replaceQueryParam(PARAMETER, isEnglish(current) ? "nl" : "en")
                .build().toUriString();
    }

    static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
