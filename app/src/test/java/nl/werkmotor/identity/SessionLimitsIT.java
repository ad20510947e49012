package nl.werkmotor.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.options.AriaRole;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.werkmotor.ApiSession;
import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.LinkingAccount;
import nl.werkmotor.people.LoadingPeople;
import nl.werkmotor.people.PersonFixture;
import okhttp3.HttpUrl;

/**
 * Item 9 of issue 12: a session ends its lifetime after signing in however active it is, and erasing one's data
 * needs a recent sign-in, with the demo account's password or afresh at the OIDC provider. (A context of its own,
 * with a lifetime and a "recent" of seconds instead of hours and minutes.)
 */
@WerkmotorTest
@TestPropertySource(properties = {"werkmotor.session.lifetime=10s", "werkmotor.session.recent-sign-in=5s"})
class SessionLimitsIT {

    private static final Duration LIFETIME = Duration.ofSeconds(10);
    private static final Duration RECENT = Duration.ofSeconds(5);
    private static final String ISSUER = "werkmotor";
    private static final String CLIENT_ID = "werkmotor-test";
    private static final String ERASE = "/mijn-profiel/verwijderen";
    /** Only the confirmation page has this button's field. */
    private static final String CONFIRMATION = "name=\"bevestigd\" value=\"ja\"";
    private static final MockOAuth2Server PROVIDER = started();

    @LocalServerPort
    int port;
    @Autowired
    LinkingAccount accounts;
    @Autowired
    FindPeople people;
    private ApiSession browser;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("werkmotor.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        properties.add("werkmotor.oidc.client-id", () -> CLIENT_ID);
        properties.add("werkmotor.oidc.client-secret", () -> "geheim");
        properties.add("werkmotor.oidc.api-audience", () -> "werkmotor-api");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @BeforeEach
    void sanneHasAProfile(@Autowired LoadingPeople loading) {
        loading.replaceAll(Stream.of(PersonFixture.aJobSeekerInRotterdam(1)));
        browser = new ApiSession(port);
    }

    @Test
    void aSessionEndsItsLifetimeAfterSigningInHoweverActiveItIs() throws Exception {
        browser.signIn("klantmanager");
        Instant signedIn = Instant.now();

        while (Instant.now().isBefore(signedIn.plus(LIFETIME).minusSeconds(3))) { // a margin for a slow machine
            assertThat(browser.get("/caseload").statusCode()).isEqualTo(200); // busy, far within the idle timeout
            Thread.sleep(500);
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), signedIn.plus(LIFETIME).plusMillis(500)).toMillis()));
        HttpResponse<String> after = browser.get("/caseload");

        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void erasingNeedsARecentSignInWithThePassword() throws Exception {
        accounts.link(1, "werkzoekende");
        String csrf = browser.signIn("werkzoekende");
        assertThat(browser.get(ERASE).body()).contains(CONFIRMATION);
        Thread.sleep(RECENT.plusMillis(500).toMillis());

        assertThat(location(browser.get(ERASE))).endsWith("/login?opnieuw");
        assertThat(browser.get("/login?opnieuw&lang=nl").body()).contains("Log opnieuw in om door te gaan",
                "name=\"password\"");
        assertThat(location(browser.form(ERASE, "bevestigd=ja", csrf))).endsWith(ERASE); // the old sign-in erases nothing
        assertThat(people.byAccount("werkzoekende")).isPresent();

        String signIn = location(browser.form("/login", "username=werkzoekende&password=demo", browser.csrfToken()));
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(signIn)).build());

        assertThat(back.uri().getPath()).isEqualTo(ERASE);
        assertThat(back.body()).contains(CONFIRMATION);
        assertThat(location(browser.form(ERASE, "bevestigd=ja", browser.csrfToken()))).endsWith("/mijn-profiel");
        assertThat(people.byAccount("werkzoekende")).isEmpty();
    }

    @Test
    void theLoginPageSaysWhyItAsksToSignInAgainInDutchAndEnglish() {
        try (Chromium chromium = Chromium.on(port)) {
            chromium.open("/login?opnieuw&lang=nl");
            assertThat(chromium.page().getByRole(AriaRole.STATUS)).containsText("Log opnieuw in om door te gaan");
            chromium.accessibleInDutchAndEnglish("login-opnieuw");
            assertThat(chromium.page().getByRole(AriaRole.STATUS)).containsText("Sign in again to continue");
        }
    }

    @Test
    void erasingNeedsARecentSignInAtTheProviderAskedToAuthenticateAfresh() throws Exception {
        accounts.link(1, "oidc-sanne");
        PROVIDER.enqueueCallback(sanneAuthenticatedAt(Instant.now().minus(Duration.ofHours(1)))); // a single sign-on
        assertThat(browser.followRedirects(browser.get("/oauth2/authorization/werkmotor")).uri().getPath()).isEqualTo("/");

        assertThat(location(browser.get(ERASE))).endsWith("/login?opnieuw");
        assertThat(browser.get("/login?opnieuw").body()).contains("href=\"/oauth2/authorization/werkmotor?opnieuw\"");
        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/werkmotor?opnieuw");
        HttpUrl authorize = HttpUrl.get(location(toProvider));
        assertThat(authorize.queryParameter("prompt")).isEqualTo("login");
        assertThat(authorize.queryParameter("max_age")).isEqualTo(String.valueOf(RECENT.toSeconds()));

        assertThat(browser.send(HttpRequest.newBuilder(authorize.uri()).build()).body())
                .contains("name=\"username\""); // the provider asks to authenticate again: its login form
        Instant now = Instant.now();
        PROVIDER.enqueueCallback(sanneAuthenticatedAt(now));
        HttpResponse<String> back = browser.followRedirects(browser.send(HttpRequest.newBuilder(authorize.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=oidc-sanne&claims="
                        + URLEncoder.encode("{\"auth_time\": " + now.getEpochSecond() + "}", StandardCharsets.UTF_8)))
                .build()));

        assertThat(back.uri().getPath()).as(back.statusCode() + " " + back.body()).isEqualTo(ERASE);
        assertThat(back.body()).contains(CONFIRMATION);
    }

    private static DefaultOAuth2TokenCallback sanneAuthenticatedAt(Instant authenticated) {
        return new DefaultOAuth2TokenCallback(ISSUER, "oidc-sanne", "JWT", List.of(CLIENT_ID),
                Map.of("name", "Sanne Bakker", "werkmotor_rol", "werkzoekende", "organisatie", "gemeente-lindeveen",
                        "auth_time", authenticated.getEpochSecond()), 3600);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
