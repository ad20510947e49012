package nl.werkmotor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.HttpUrl;

/**
 * Tokens of the OIDC test provider (mock-oauth2-server) as a real provider issues them: the ID token a browser
 * login hands Werkmotor (audience the client id), and access tokens for the API ({@code typ} {@code at+jwt}).
 */
public final class ProviderTokens {

    public static final String ACCESS_TOKEN = "at+jwt";

    private final MockOAuth2Server provider;
    private final String issuer;
    private final String clientId;

    public ProviderTokens(MockOAuth2Server provider, String issuer, String clientId) {
        this.provider = provider;
        this.issuer = issuer;
        this.clientId = clientId;
    }

    /** An access token for this audience, as a provider's token endpoint gives one to a client of the API. */
    public String accessToken(String subject, String audience, Map<String, Object> claims) {
        return token(subject, ACCESS_TOKEN, audience, claims, 3600);
    }

    /** A token of this type ({@code typ} header) and audience, valid for as many seconds (negative: expired). */
    public String token(String subject, String type, String audience, Map<String, Object> claims, long seconds) {
        return provider.issueToken(issuer, clientId,
                new DefaultOAuth2TokenCallback(issuer, subject, type, List.of(audience), claims, seconds)).serialize();
    }

    /**
     * The ID token of a login with these claims: the authorization code flow as Werkmotor's browser login runs it
     * (authorize, then the code at the token endpoint), with what the provider answers at the end.
     */
    public String idTokenOfALogin(String subject, String redirectUri, Map<String, Object> claims) throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(issuer, subject, "JWT", List.of(clientId), claims, 3600));
        HttpClient http = HttpClient.newHttpClient();
        HttpUrl authorize = provider.authorizationEndpointUrl(issuer).newBuilder().addQueryParameter("client_id", clientId)
                .addQueryParameter("response_type", "code").addQueryParameter("redirect_uri", redirectUri)
                .addQueryParameter("scope", "openid profile").addQueryParameter("state", "state")
                .addQueryParameter("nonce", "nonce").build();
        HttpResponse<String> toClient = http.send(HttpRequest.newBuilder(authorize.uri()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(toClient.statusCode()).as(toClient.body()).isEqualTo(302);
        String code = HttpUrl.get(URI.create(toClient.headers().firstValue("Location").orElseThrow()))
                .queryParameter("code");
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(provider.tokenEndpointUrl(issuer).uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code
                        + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                        + "&client_id=" + clientId + "&client_secret=geheim")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(tokens.body()).get("id_token").asString();
    }
}
