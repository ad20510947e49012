package nl.werkmotor.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The OIDC provider, when {@code werkmotor.oidc.issuer-uri} is set: one client registration for the
 * browser login (authorization code) and a decoder for the API's bearer tokens, both from the provider's
 * discovery document. Role and organisation come from the claims ({@link TokenClaims}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcProperties.class)
class OidcConfiguration {

    /** The registration id, hence the login path /oauth2/authorization/werkmotor. */
    static final String REGISTRATION = "werkmotor";
    /** The error code of a sign-in whose token carries no role of ours. */
    static final String NO_ROLE = "werkmotor_no_role";
    private static final String CONFIGURED = "!'${werkmotor.oidc.issuer-uri:}'.isBlank()";
    /** RFC 9068's {@code typ} of a JWT access token, in both its spellings. */
    private static final List<String> ACCESS_TOKEN_TYPES = List.of("at+jwt", "application/at+jwt");
    private static final OAuth2Error NOT_FOR_THIS_API = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The token is not for this API", null);

    @Bean
    @ConditionalOnWebApplication
    @ConditionalOnExpression(CONFIGURED)
    ClientRegistrationRepository oidcProvider(OidcProperties oidc) {
        return new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId(REGISTRATION)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope(oidc.scopes())
                .build());
    }

    /**
     * Asks the provider for its keys on the first token, not at start-up. An API token must be an access token
     * for the API: issuer, time, the API's own audience (an ID token's is the client id) and, unless switched
     * off, the access-token type {@code at+jwt} (RFC 9068), which ID tokens never carry. Without an audience of
     * its own (development only: production refuses to start) no token opens the API.
     */
    @Bean
    @ConditionalOnWebApplication
    @ConditionalOnExpression(CONFIGURED)
    JwtDecoder bearerTokens(OidcProperties oidc) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(oidc.issuerUri()),
                    accessTokenType(oidc.apiRequireAtJwt()), oidc.apiAudienceOfItsOwn()
                            .<OAuth2TokenValidator<Jwt>>map(JwtAudienceValidator::new)
                            .orElse(token -> OAuth2TokenValidatorResult.failure(NOT_FOR_THIS_API))));
            return decoder;
        });
    }

    private static JwtTypeValidator accessTokenType(boolean required) {
        if (required) {
            return new JwtTypeValidator(ACCESS_TOKEN_TYPES);
        }
        List<String> any = new ArrayList<>(ACCESS_TOKEN_TYPES);
        any.add("JWT");
        JwtTypeValidator type = new JwtTypeValidator(any);
        type.setAllowEmpty(true);
        return type;
    }

    /** A browser login whose identity token carries no role of ours ends here, on the login page with a message. */
    @Bean
    @ConditionalOnWebApplication
    @ConditionalOnExpression(CONFIGURED)
    OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers(TokenClaims claims) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser oidc = provider.loadUser(request);
            return new OidcAccount(oidc, claims.user(oidc.getClaims())
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE))));
        };
    }
}
