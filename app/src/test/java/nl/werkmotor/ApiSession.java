package nl.werkmotor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP client for the running test application that can sign in with a demo account, as a browser would. */
public final class ApiSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public ApiSession(int port) {
        this.port = port;
    }

    /** Signs in through the login form; returns a CSRF token for the session. */
    public String signIn(String username) throws Exception {
        String token = csrfToken();
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
        return csrfToken(); // the token changes with the login
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    /** A JSON request with the CSRF token of {@link #signIn}, as a script in the signed-in browser sends it; null: no body. */
    public HttpResponse<String> json(String method, String path, String json, String csrf) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A form post ({@code a=1&b=2}) with the CSRF token of {@link #signIn}, as a browser sends it. */
    public HttpResponse<String> form(String path, String body, String csrf) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Follows the redirects between the application and another server (the OIDC provider), as a browser would. */
    public HttpResponse<String> followRedirects(HttpResponse<String> response) throws Exception {
        for (int hops = 0; response.statusCode() == 302 && hops < 10; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).build());
        }
        return response;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The JSON body of a 200 answer. */
    public JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The JSON body of a 201 answer: what a POST made. */
    public JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** A problem+json answer of this status, as every API error must be: Dutch and English, API version, no stack trace. */
    public JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).contains("1.0.0");
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("message").get("nl").asString()).isNotBlank();
        return problem;
    }

    /** The CSRF token of this session (an anonymous one too), from the login form. */
    public String csrfToken() throws Exception {
        Matcher field = CSRF_FIELD.matcher(get("/login").body());
        assertThat(field.find()).isTrue();
        return field.group(1);
    }
}
