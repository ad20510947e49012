package nl.werkmotor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;

/**
 * Repeated wrong passwords for one username are refused for a while, the right password included: the
 * browser sees why on the login page, another client gets 429. Other users still sign in. (A context of its
 * own, so that the refused usernames do not bother other tests.)
 */
@WerkmotorTest
@TestPropertySource(properties = "werkmotor.login.max-failures-per-username=3")
class LoginRateLimitIT {

    private ApiSession browser;

    @BeforeEach
    void session(@LocalServerPort int port) {
        browser = new ApiSession(port);
    }

    @Test
    void aUsernameWithTooManyWrongPasswordsIsRefusedForAWhile() throws Exception {
        String csrf = browser.csrfToken();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(login("opleider", "geraden" + attempt, csrf, "text/html").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }

        HttpResponse<String> refused = login("opleider", "demo", csrf, "text/html");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?teVaak=15"));
        assertThat(browser.get("/login?teVaak=15&lang=nl").body())
                .contains("Te vaak een verkeerd wachtwoord. Probeer het over 15 minuten opnieuw.");
        assertThat(browser.get("/login?teVaak=15&lang=en").body())
                .contains("Too many wrong passwords. Try again in 15 minutes.");

        HttpResponse<String> script = login("opleider", "demo", csrf, "application/json");
        assertThat(script.statusCode()).isEqualTo(429);
        assertThat(script.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(800, 900));
        assertThat(script.body()).contains("Too many attempts").doesNotContain("Exception"); // English since ?lang=en
    }

    @Test
    void otherUsersStillSignIn() throws Exception {
        String csrf = browser.csrfToken();
        for (int attempt = 0; attempt < 4; attempt++) {
            login("beleidsmedewerker", "fout", csrf, "text/html");
        }

        browser.signIn("werkgever");
    }

    private HttpResponse<String> login(String username, String password, String csrf, String accept) throws Exception {
        String form = "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }
}
