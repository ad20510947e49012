package nl.werkmotor.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
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

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.werkmotor.ApiSession;
import nl.werkmotor.Chromium;
import nl.werkmotor.ProviderTokens;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.people.LinkingAccount;
import nl.werkmotor.people.LoadingPeople;
import nl.werkmotor.people.PersonFixture;

/**
 * Login through a real OIDC provider stand-in (mock-oauth2-server on a random port, with its own keys):
 * access tokens on the API and the authorization-code login in the browser, both giving the user their
 * claims say, and nothing for a token that is expired, forged, for another audience, not an access token
 * (an ID token replayed) or without a role.
 */
@WerkmotorTest
class OidcLoginIT {

    static final String ISSUER = "werkmotor";
    static final String CLIENT_ID = "werkmotor-test";
    static final String API_AUDIENCE = "werkmotor-api";
    static final MockOAuth2Server PROVIDER = started();
    static final ProviderTokens TOKENS = new ProviderTokens(PROVIDER, ISSUER, CLIENT_ID);
    /** A klantmanager API: matching about a person. */
    static final String CASE_WORKER_API = "/api/v1/kandidaten/1/vacatures";

    @LocalServerPort
    int port;
    private ApiSession api;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("werkmotor.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        properties.add("werkmotor.oidc.client-id", () -> CLIENT_ID);
        properties.add("werkmotor.oidc.client-secret", () -> "geheim");
        properties.add("werkmotor.oidc.api-audience", () -> API_AUDIENCE);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @BeforeEach
    void session() {
        api = new ApiSession(port);
    }

    @Test
    void aKlantmanagerTokenReadsAKlantmanagerApi() throws Exception {
        HttpResponse<String> response = withToken(CASE_WORKER_API, token(claims("klantmanager"), 3600));

        assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403);
        assertThat(response.statusCode()).isIn(200, 404); // 404: no person 1 in this database
    }

    @Test
    void withoutATokenTheApiAnswers401Problem() throws Exception {
        api.problem(api.get(CASE_WORKER_API), 401);
    }

    @Test
    void theWrongRoleIs403Problem() throws Exception {
        api.problem(withToken(CASE_WORKER_API, token(claims("werkzoekende"), 3600)), 403);
    }

    @Test
    void aTokenWithoutARoleOfOursOpensNothing() throws Exception {
        Map<String, Object> noRole = Map.of("organisatie", "gemeente-lindeveen",
                "werkmotor_rol", List.of("offline_access", "directeur"));

        api.problem(withToken(CASE_WORKER_API, token(noRole, 3600)), 403);
        api.problem(withToken("/api/v1/vacatures", token(noRole, 3600)), 403);
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        HttpResponse<String> response = withToken(CASE_WORKER_API, token(claims("klantmanager"), -3600));

        api.problem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                header -> assertThat(header).startsWith("Bearer").contains("invalid_token"));
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIs401() throws Exception {
        String[] parts = token(claims("werkzoekende"), 3600).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"werkzoekende\"", "\"klantmanager\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];

        api.problem(withToken(CASE_WORKER_API, forged), 401);
    }

    @Test
    void aTokenForAnotherApplicationIs401() throws Exception {
        String elsewhere = TOKENS.accessToken("jvisser", "andere-applicatie", claims("klantmanager"));

        api.problem(withToken(CASE_WORKER_API, elsewhere), 401);
    }

    /** Item 7 of issue 12: the API's audience was the client id, which is the audience of every login's ID token. */
    @Test
    void theIdTokenOfABrowserLoginReplayedOnTheApiIs401() throws Exception {
        String idToken = TOKENS.idTokenOfALogin("jvisser", api.uri("/login/oauth2/code/werkmotor").toString(),
                claims("klantmanager"));

        HttpResponse<String> replayed = withToken(CASE_WORKER_API, idToken);

        api.problem(replayed, 401);
        assertThat(replayed.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                header -> assertThat(header).startsWith("Bearer").contains("invalid_token"));
    }

    @Test
    void aTokenForTheApiThatIsNotTypedAsAnAccessTokenIs401() throws Exception {
        api.problem(withToken(CASE_WORKER_API, TOKENS.token("jvisser", "JWT", API_AUDIENCE, claims("klantmanager"), 3600)),
                401);
    }

    @Test
    void theBrowserLoginEndsSignedInAsTheUserOfTheClaims() throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "jvisser", "JWT", List.of(CLIENT_ID),
                claims("klantmanager"), 3600));
        assertThat(api.get("/login").body()).contains("/oauth2/authorization/werkmotor");

        HttpResponse<String> end = api.followRedirects(api.get("/oauth2/authorization/werkmotor"));

        assertThat(end.uri().getPath()).as(end.statusCode() + " " + end.body()).isEqualTo("/");
        assertThat(end.body()).contains("Jeroen Visser (klantmanager, Gemeente Lindeveen)");
        assertThat(api.get(CASE_WORKER_API).statusCode()).isNotIn(401, 403);
    }

    @Test
    void aBrowserLoginWithoutARoleEndsOnTheLoginPageSayingWhy() throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "jjansen", "JWT", List.of(CLIENT_ID),
                Map.of("organisatie", "gemeente-lindeveen"), 3600));

        HttpResponse<String> end = api.followRedirects(api.get("/oauth2/authorization/werkmotor"));

        assertThat(end.uri().toString()).as(end.statusCode() + " " + end.body()).endsWith("/login?geenRol");
        assertThat(end.body()).contains("uw account heeft geen rol in Werkmotor");
        api.problem(api.get("/api/v1/vacatures"), 401);
    }

    @Test
    void otherModulesKnowTheTokensUserAsTheyKnowADemoAccount(@Autowired LoadingPeople people,
            @Autowired LinkingAccount accounts) throws Exception {
        people.replaceAll(Stream.of(PersonFixture.aJobSeekerInRotterdam(1))); // this context's own database
        accounts.link(1, "oidc-subject-sanne");
        Map<String, Object> jobSeeker = claims("werkzoekende");

        HttpResponse<String> ownLog = withToken("/api/v1/mijn-gegevens/verwerkingen",
                TOKENS.accessToken("oidc-subject-sanne", API_AUDIENCE, jobSeeker));
        HttpResponse<String> nobodysLog = withToken("/api/v1/mijn-gegevens/verwerkingen",
                TOKENS.accessToken("oidc-subject-unknown", API_AUDIENCE, jobSeeker));

        assertThat(api.ok(ownLog).isArray()).isTrue(); // the processing log found the person by the token's subject
        api.problem(nobodysLog, 404);
    }

    @Test
    void inChromiumTheLoginPageOffersTheProviderAndSaysWhyALoginFailed() {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "jjansen", "JWT", List.of(CLIENT_ID),
                Map.of("organisatie", "gemeente-lindeveen"), 3600));
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "jvisser", "JWT", List.of(CLIENT_ID),
                claims("klantmanager"), 3600));
        try (Chromium chromium = Chromium.on(port)) {
            Page page = chromium.page();
            chromium.open("/login");
            chromium.accessibleInDutchAndEnglish("login-oidc");
            chromium.open("/login?lang=nl");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen via uw organisatie")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("uw account heeft geen rol in Werkmotor");
            chromium.accessible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen via uw organisatie")).click();
            assertThat(page.getByRole(AriaRole.BANNER))
                    .containsText("Ingelogd als Jeroen Visser (klantmanager, Gemeente Lindeveen)");
        }
    }

    private HttpResponse<String> withToken(String path, String token) throws Exception {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + token).build());
    }

    /** An access token for the API, as the provider issues it to a client of the API. */
    private static String token(Map<String, Object> claims, long expirySeconds) {
        return TOKENS.token("jvisser", ProviderTokens.ACCESS_TOKEN, API_AUDIENCE, claims, expirySeconds);
    }

    /** The claims a provider is configured to send (the defaults of werkmotor.oidc.*-claim). */
    private static Map<String, Object> claims(String role) {
        return Map.of("name", "Jeroen Visser", "werkmotor_rol", role,
                "organisatie", "gemeente-lindeveen", "organisatie_naam", "Gemeente Lindeveen");
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
