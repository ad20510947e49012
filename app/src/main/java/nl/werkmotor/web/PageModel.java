package nl.werkmotor.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.env.Environment;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;

/** What the layout shows on every page: navigation, who is signed in, the language switch, the dev banner. */
class PageModel implements HandlerInterceptor {

    private final List<NavigationLink> navigation;
    private final FindCurrentUser currentUser;
    private final boolean development;

    PageModel(List<NavigationLink> navigation, FindCurrentUser currentUser, Environment environment) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
        this.currentUser = currentUser;
        this.development = environment.matchesProfiles("dev");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        String path = error ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
        String query = error ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
        Optional<CurrentUser> user = currentUser.current();
        page.addObject("navigation", navigation.stream().filter(link -> link.shownTo(user)).toList());
        page.addObject("currentPath", path);
        page.addObject("currentUser", user.orElse(null));
        page.addObject("otherLanguage", LanguageSwitch.isEnglish(locale) ? "nl" : "en");
        page.addObject("otherLanguageHref", LanguageSwitch.otherLanguageHref(path, query, locale));
        page.addObject("developmentMode", development);
    }
}
