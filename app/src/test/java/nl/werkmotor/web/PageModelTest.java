package nl.werkmotor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ModelAndView;

import nl.werkmotor.identity.FindCurrentUser;

/** What every page gets for the layout: the dev banner only in dev, the menu in order, the other language. */
class PageModelTest {

    @Test
    void showsTheDevelopmentBannerOnlyInTheDevProfile() {
        assertThat(render(new MockEnvironment().withProperty("spring.profiles.active", "dev"), "/").getModel())
                .containsEntry("developmentMode", true);
        assertThat(render(new MockEnvironment().withProperty("spring.profiles.active", "prod"), "/").getModel())
                .containsEntry("developmentMode", false);
    }

    @Test
    void offersTheSamePageInEnglishAndSortsTheMenu() {
        ModelAndView page = render(new MockEnvironment(), "/beroepen/x?sort=a&lang=nl");

        assertThat(page.getModel()).containsEntry("otherLanguage", "en")
                .containsEntry("otherLanguageHref", "/beroepen/x?sort=a&lang=en")
                .containsEntry("currentPath", "/beroepen/x");
        assertThat(page.getModel().get("navigation")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting("path").containsExactly("/", "/beroepen");
    }

    private static ModelAndView render(MockEnvironment environment, String url) {
        var model = new PageModel(List.of(new NavigationLink("/beroepen", "nav.occupations", 10),
                new NavigationLink("/", "nav.home", 0)), new FindCurrentUser(), environment);
        String[] pathAndQuery = url.split("\\?", 2);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", pathAndQuery[0]);
        if (pathAndQuery.length > 1) {
            request.setQueryString(pathAndQuery[1]);
        }
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, LanguageSwitch.cookieResolver(false));
        ModelAndView page = new ModelAndView("home");
        model.postHandle(request, new MockHttpServletResponse(), new Object(), page);
        return page;
    }
}
