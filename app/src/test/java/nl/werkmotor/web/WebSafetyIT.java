package nl.werkmotor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;

/** Security headers on pages and API answers; forms need their CSRF token, the login form too. */
@WerkmotorTest
class WebSafetyIT {

    private ApiSession api;

    @BeforeEach
    void session(@LocalServerPort int port) {
        api = new ApiSession(port);
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {api.get("/"), api.get("/login"),
                api.get("/api/v1/vacatures"), api.get("/bestaat-niet")}) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(response.uri().toString())
                    .contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
        }
    }

    /** Issue 12, a leftover of item 9: in development on http://localhost the language cookie is not Secure. */
    @Test
    void theLanguageCookieIsHttpOnlyAndLaxAndOnHttpLocalhostNotSecure() throws Exception {
        String cookie = api.get("/?lang=en").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("werkmotor-taal=")).findFirst().orElseThrow();

        assertThat(cookie).startsWith("werkmotor-taal=en").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> login = api.send(HttpRequest.newBuilder(api.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=klantmanager&password=demo")).build());

        assertThat(login.statusCode()).isEqualTo(403);
        api.problem(api.get("/api/v1/vacatures"), 401); // not signed in
        assertThat(api.get("/login").body()).contains("name=\"_csrf\"");
    }

    @Test
    void signingOutNeedsTheCsrfTokenToo() throws Exception {
        api.signIn("klantmanager");

        HttpResponse<String> forged = api.send(HttpRequest.newBuilder(api.uri("/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/vacatures").statusCode()).isEqualTo(200);
    }
}
