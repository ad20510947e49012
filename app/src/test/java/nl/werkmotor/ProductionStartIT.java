package nl.werkmotor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.werkmotor.platform.StartupMode;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Werkmotor as {@code werkmotor serve} starts it in production (profile {@code prod}, no demo accounts), on its
 * own PostgreSQL server and with a real OIDC provider stand-in (mock-oauth2-server), configured only by the
 * settings an operator gives: the login page offers the organisation's sign-in and nothing else, signing in works
 * (the session cookie Secure and bound to the host), logging out ends the session at the provider too, and the API
 * takes access tokens for its own audience, not the ID token of a login.
 */
class ProductionStartIT {

    private static final String ISSUER = "werkmotor";
    private static final String CLIENT_ID = "werkmotor-productie";
    private static final String API_AUDIENCE = "werkmotor-api";

    private static EmbeddedPostgres database;
    private static MockOAuth2Server provider;
    private static ConfigurableApplicationContext werkmotor;
    private static int port;

    @BeforeAll
    static void serve() throws IOException {
        database = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target/test-db/production-" + UUID.randomUUID()))
                .setCleanDataDirectory(true)
                .start();
        provider = new MockOAuth2Server();
        provider.start();
        werkmotor = Werkmotor.application(StartupMode.PRODUCTION, WebApplicationType.SERVLET, Map.of()).run(
                "--server.port=0", "--management.server.port=0",
                "--werkmotor.db.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--werkmotor.db.user=postgres",
                "--werkmotor.oidc.issuer-uri=" + provider.issuerUrl(ISSUER),
                "--werkmotor.oidc.client-id=" + CLIENT_ID,
                "--werkmotor.oidc.client-secret=geheim",
                "--werkmotor.oidc.api-audience=" + API_AUDIENCE,
                "--werkmotor.region=AM22",
                "--logging.structured.format.console=");
        port = ((WebServerApplicationContext) werkmotor).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws IOException {
        if (werkmotor != null) {
            werkmotor.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theLoginPageOffersOnlyTheOrganisationsSignInAndPassesAxeInDutchAndEnglish() {
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.open("/login?lang=nl");

            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen via uw organisatie")))
                    .isVisible();
            assertThat(page.locator("input")).hasCount(0);
            assertThat(page.locator("main")).not().containsText("Demo");
            assertThat(page.locator("body")).not().containsText(Pattern.compile("wachtwoord|demo", Pattern.CASE_INSENSITIVE));
            browser.accessibleInDutchAndEnglish("login-productie");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with your organisation")))
                    .isVisible();
            assertThat(page.locator("body")).not().containsText(Pattern.compile("password|demo", Pattern.CASE_INSENSITIVE));
        }
    }

    @Test
    void signingInGoesThroughTheProviderAndLoggingOutEndsTheSessionThere() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "jvisser", "JWT", List.of(CLIENT_ID),
                Map.of("name", "Jeroen Visser", "werkmotor_rol", "klantmanager", "organisatie", "gemeente-lindeveen",
                        "organisatie_naam", "Gemeente Lindeveen"), 3600));
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.open("/caseload?lang=nl");
            assertThat(page).hasURL(Pattern.compile("/login$"));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen via uw organisatie")).click();

            assertThat(page.getByRole(AriaRole.BANNER))
                    .containsText("Ingelogd als Jeroen Visser (klantmanager, Gemeente Lindeveen)");
            assertThat(page).hasURL(Pattern.compile("/caseload"));
            assertThat(page.context().cookies()).filteredOn(cookie -> cookie.name.endsWith("JSESSIONID")).singleElement()
                    .satisfies(session -> {
                assertThat(session.name).isEqualTo("__Host-JSESSIONID");
                assertThat(session.secure).isTrue();
                assertThat(session.httpOnly).isTrue();
                assertThat(session.path).isEqualTo("/");
            });
            drain();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();

            assertThat(page).hasURL("http://localhost:" + port + "/");
            assertThat(page.getByRole(AriaRole.BANNER)).not().containsText("Ingelogd als");
            HttpUrl endSession = endSessionRequest();
            // item 7 of issue 12: the ID token travelled in this URL (id_token_hint); the client id says who asks
            assertThat(endSession.queryParameterNames()).containsExactlyInAnyOrder("client_id", "post_logout_redirect_uri");
            assertThat(endSession.queryParameter("client_id")).isEqualTo(CLIENT_ID);
            assertThat(endSession.queryParameter("post_logout_redirect_uri")).isEqualTo("http://localhost:" + port + "/");
            browser.open("/caseload");
            assertThat(page).hasURL(Pattern.compile("/login$"));
        }
    }

    /** Issue 12, a leftover of item 9: the language cookie was sent over plain http too, while the session's was not. */
    @Test
    void theLanguageCookieIsSecureAsTheSessionCookieIs() throws Exception {
        HttpResponse<String> english = new ApiSession(port).get("/login?lang=en");

        assertThat(english.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("werkmotor-taal="))
                .singleElement().satisfies(cookie -> assertThat(cookie).startsWith("werkmotor-taal=en")
                        .contains("Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void behindAProxyTheProviderSendsTheBrowserBackToThePublicAddress() throws Exception {
        ApiSession api = new ApiSession(port);

        HttpResponse<String> toProvider = api.send(HttpRequest.newBuilder(api.uri("/oauth2/authorization/werkmotor"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "werkmotor.example.nl")
                .header("X-Forwarded-Port", "443").build());

        assertThat(toProvider.statusCode()).isEqualTo(302);
        URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(HttpUrl.get(authorize).queryParameter("redirect_uri"))
                .isEqualTo("https://werkmotor.example.nl/login/oauth2/code/werkmotor");
    }

    /** Item 7 of issue 12: the API took the ID token of a browser login as a bearer token. */
    @Test
    void theApiTakesAnAccessTokenForItsAudienceAndNotTheIdTokenOfALogin() throws Exception {
        ProviderTokens tokens = new ProviderTokens(provider, ISSUER, CLIENT_ID);
        Map<String, Object> caseWorker = Map.of("werkmotor_rol", "klantmanager", "organisatie", "gemeente-lindeveen");
        ApiSession api = new ApiSession(port);

        HttpResponse<String> withAccessToken = api.send(HttpRequest.newBuilder(api.uri("/api/v1/vacatures"))
                .header("Authorization", "Bearer " + tokens.accessToken("jvisser", API_AUDIENCE, caseWorker)).build());
        HttpResponse<String> withIdToken = api.send(HttpRequest.newBuilder(api.uri("/api/v1/vacatures"))
                .header("Authorization", "Bearer " + tokens.idTokenOfALogin("jvisser",
                        api.uri("/login/oauth2/code/werkmotor").toString(), caseWorker)).build());

        assertThat(withAccessToken.statusCode()).as(withAccessToken.body()).isEqualTo(200);
        api.problem(withIdToken, 401);
    }

    /** Forgets the requests the provider has had so far (discovery, login). */
    private static void drain() {
        while (nextRequest(100).isPresent()) {
            // only the requests from here on count
        }
    }

    private static HttpUrl endSessionRequest() {
        for (var request = nextRequest(5000); request.isPresent(); request = nextRequest(5000)) {
            if (request.get().getRequestUrl().encodedPath().endsWith("/endsession")) {
                return request.get().getRequestUrl();
            }
        }
        throw new AssertionError("The browser never reached the provider's end_session_endpoint");
    }

    /** The provider's next request, if one comes in time (mock-oauth2-server throws when none does). */
    private static Optional<RecordedRequest> nextRequest(long millis) {
        try {
            return Optional.of(provider.takeRequest(millis, TimeUnit.MILLISECONDS));
        } catch (RuntimeException none) {
            return Optional.empty();
        }
    }
}
