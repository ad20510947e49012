package nl.werkmotor.web;

import java.util.Arrays;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import nl.werkmotor.identity.Role;
import nl.werkmotor.identity.SigningIn;

/**
 * Public: the home and login pages, the taxonomy pages and its read API (text recognition included),
 * matching questions about skills and occupations, static assets, the liveness and readiness probes (health
 * and metrics on the management port). A person's own pages
 * and data ("/mijn-…"): the job seeker. A vacancy's anonymous candidates: case workers and account managers;
 * one person's data and the caseload: case workers (the caseload decides which person); the portfolio:
 * account managers. Employer pages: employers; their API and a vacancy's showcase also account managers
 * (the use cases check each id). Introductions by who asks, decides and sees them. Everything else needs a
 * login with a role. The API answers 401 as problem+json instead of sending a client to the login form.
 * How people sign in is the identity module's ({@link SigningIn}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // commands run without a web server, hence without HttpSecurity
class SecurityConfiguration {

    /**
     * Only our own origin: htmx comes from /webjars, the NL Design System CSS from /vendor. Forms may also lead
     * to the OIDC provider's logout ({@link SigningIn#providerLogoutOrigin()}).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String[] ANY_ROLE = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
    /** Every role but the job seeker's: the partners' professionals and the employer (issue 13's Toolbox). */
    private static final String[] PROFESSIONAL_ROLES = Arrays.stream(Role.values()).filter(r -> r != Role.WERKZOEKENDE)
            .map(Role::name).toArray(String[]::new);
    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    /**
     * Text recognition is a question about the taxonomy sent by POST (a long text does not fit in a URL):
     * it changes nothing and reads no personal data, so a forged cross-site request gains nothing and
     * it needs no CSRF token.
     */
    private static final RequestMatcher TEXT_RECOGNITION = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/api/v1/tekstherkenning");
    /** Erasing one's data cannot be undone: it needs a sign-in of the last few minutes ({@link SigningIn}). */
    private static final RequestMatcher ERASURE = PathPatternRequestMatcher.withDefaults()
            .matcher("/mijn-profiel/verwijderen");

    @Bean
    SecurityFilterChain web(HttpSecurity http, SigningIn signingIn) throws Exception {
        signingIn.configure(http, API, ERASURE); // demo accounts, OIDC in the browser, bearer tokens on the API
        return http
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // the load balancer's probes on this port (UP or DOWN, nothing else); the health details and
                        // the metrics only on the management port, which listens on localhost (docs/operations.md)
                        .requestMatchers("/", "/login", "/error", "/css/**", "/vendor/**", "/webjars/**",
                                "/favicon.ico", "/livez", "/readyz", "/actuator/health/**", "/actuator/prometheus",
                                "/taxonomie/**", "/beroepen/**", "/vaardigheden/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/beroepen/**", "/api/v1/vaardigheden/**",
                                "/api/v1/beroepssuggesties", "/api/v1/vaardigheidskloven", ApiDocument.PATH).permitAll()
                        .requestMatchers(TEXT_RECOGNITION).permitAll()
                        // a person's own pages and data: only the person, never a professional acting as them
                        .requestMatchers("/mijn-*/**", "/api/v1/mijn-*/**").hasRole("WERKZOEKENDE")
                        // matching about people: the professionals of the partner organisations only
                        .requestMatchers("/api/v1/vacatures/*/kandidaten")
                        .hasAnyRole("KLANTMANAGER", "ACCOUNTMANAGER")
                        // the Toolbox (issue 13): the catalogue for every professional role, editions for the beheerder,
                        // the evaluation for beheerder and beleidsmedewerker (no person in it), a candidate's
                        // instruments for their case worker and the adviser of an introduction with a yes (checked per id)
                        .requestMatchers(HttpMethod.GET, "/api/v1/kandidaten/*/instrumenten")
                        .hasAnyRole("KLANTMANAGER", "ACCOUNTMANAGER")
                        .requestMatchers("/toolbox/edities", "/toolbox/edities/**").hasRole("BEHEERDER")
                        .requestMatchers("/toolbox/evaluatie").hasAnyRole("BEHEERDER", "BELEIDSMEDEWERKER")
                        .requestMatchers(HttpMethod.POST, "/toolbox/ontbrekend").hasRole("ACCOUNTMANAGER")
                        .requestMatchers(HttpMethod.GET, "/toolbox", "/api/v1/instrumenten").hasAnyRole(PROFESSIONAL_ROLES)
                        // one person's data: their case worker (the caseload decides which person)
                        .requestMatchers("/api/v1/kandidaten/**", "/caseload/**").hasRole("KLANTMANAGER")
                        // the account managers' portfolio of employers
                        .requestMatchers("/portefeuille/**", "/api/v1/portefeuille/**").hasRole("ACCOUNTMANAGER")
                        // an employer's own pages; their API also for account managers (WSP), each checked per id
                        .requestMatchers("/werkgever/**").hasRole("WERKGEVER")
                        .requestMatchers("/api/v1/werkgevers/**", "/api/v1/vacatures/*/etalage")
                        .hasAnyRole("WERKGEVER", "ACCOUNTMANAGER")
                        // introductions: asked by employers and account managers, decided by the person or their
                        // case worker, seen by all four (the use cases check each introduction)
                        .requestMatchers(HttpMethod.POST, "/api/v1/introducties/*/besluit")
                        .hasAnyRole("WERKZOEKENDE", "KLANTMANAGER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/introducties")
                        .hasAnyRole("WERKGEVER", "ACCOUNTMANAGER")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/introducties/*/uitkomst") // what came of a yes
                        .hasAnyRole("WERKGEVER", "ACCOUNTMANAGER", "KLANTMANAGER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/introducties/**")
                        .hasAnyRole("WERKGEVER", "ACCOUNTMANAGER", "WERKZOEKENDE", "KLANTMANAGER")
                        // shared savings: aggregates for the beleidsmedewerker (the module checks each organisation)
                        .requestMatchers("/besparingen/**", "/api/v1/besparingsscenarios/**").hasRole("BELEIDSMEDEWERKER")
                        // issue 13, item 1: the region's target groups and partners, read by the professionals (the
                        // target groups never by employers), kept by the beheerder on the pages under /beheer
                        .requestMatchers(HttpMethod.GET, "/api/v1/doelgroepen", "/api/v1/doelgroepen/*")
                        .hasAnyRole("KLANTMANAGER", "ACCOUNTMANAGER", "OPLEIDER", "BELEIDSMEDEWERKER", "BEHEERDER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/partners", "/api/v1/partners/*")
                        .hasAnyRole("KLANTMANAGER", "ACCOUNTMANAGER", "OPLEIDER", "BELEIDSMEDEWERKER", "BEHEERDER")
                        .requestMatchers("/api/v1/doelgroepen/**", "/api/v1/partners/**", "/beheer/**").hasRole("BEHEERDER")
                        // issue 13, item 5: stories (tellen en vertellen), written by the professionals who know a
                        // placement and by the beleidsmedewerker (the module checks each story: a writer's own drafts)
                        .requestMatchers("/verhalen", "/verhalen/**").hasAnyRole("KLANTMANAGER", "ACCOUNTMANAGER")
                        .requestMatchers("/api/v1/monitoring/verhalen", "/api/v1/monitoring/verhalen/**")
                        .hasAnyRole("KLANTMANAGER", "ACCOUNTMANAGER", "BELEIDSMEDEWERKER")
                        // issue 13, item 5: monitoring, suppressed aggregates for the beleidsmedewerker only
                        .requestMatchers("/monitoring/**", "/api/v1/monitoring/**").hasRole("BELEIDSMEDEWERKER")
                        // issue 13, item 4: sector plans and targets, read by the region's professionals (not
                        // employers, not job seekers); a plan saved by the adopting organisation's account managers and
                        // beleidsmedewerkers and the beheerder (the use case checks the organisation), targets set by
                        // the beleidsmedewerker and beheerder
                        .requestMatchers(HttpMethod.GET, "/sectorplannen/*/bewerken")
                        .hasAnyRole("ACCOUNTMANAGER", "BELEIDSMEDEWERKER", "BEHEERDER")
                        .requestMatchers(HttpMethod.POST, "/sectorplannen/**")
                        .hasAnyRole("ACCOUNTMANAGER", "BELEIDSMEDEWERKER", "BEHEERDER")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/sectorplannen/*", "/api/v1/sectoren/*")
                        .hasAnyRole("ACCOUNTMANAGER", "BELEIDSMEDEWERKER", "BEHEERDER")
                        .requestMatchers(HttpMethod.GET, "/doelen/nieuw").hasAnyRole("BELEIDSMEDEWERKER", "BEHEERDER")
                        .requestMatchers(HttpMethod.POST, "/doelen", "/doelen/**", "/api/v1/doelen")
                        .hasAnyRole("BELEIDSMEDEWERKER", "BEHEERDER")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/doelen/*").hasAnyRole("BELEIDSMEDEWERKER", "BEHEERDER")
                        .requestMatchers(HttpMethod.GET, "/sectorplannen", "/sectorplannen/*", "/doelen", "/doelen/*",
                                "/api/v1/sectoren", "/api/v1/sectorplannen", "/api/v1/sectorplannen/*", "/api/v1/doelen")
                        .hasAnyRole("KLANTMANAGER", "ACCOUNTMANAGER", "OPLEIDER", "BELEIDSMEDEWERKER", "BEHEERDER")
                        .requestMatchers("/sectorplannen/**", "/doelen/**", "/api/v1/sectoren/**",
                                "/api/v1/sectorplannen/**", "/api/v1/doelen/**").denyAll()
                        // issue 13, item 3: placements, recorded by the case worker or the employer's account manager
                        // and read by them and the person themselves (the use cases check each placement)
                        .requestMatchers(HttpMethod.GET, "/api/v1/plaatsingen", "/api/v1/plaatsingen/*")
                        .hasAnyRole("KLANTMANAGER", "ACCOUNTMANAGER", "WERKZOEKENDE")
                        .requestMatchers("/api/v1/plaatsingen/**").hasAnyRole("KLANTMANAGER", "ACCOUNTMANAGER")
                        // a role, not just a login: an OIDC token without a role of ours opens nothing
                        .anyRequest().hasAnyRole(ANY_ROLE))
                .cors(Customizer.withDefaults()) // from the MVC mappings: only the API document
                .csrf(csrf -> csrf.ignoringRequestMatchers(TEXT_RECOGNITION))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        (request, response, e) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED), API))
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(signingIn.providerLogoutOrigin()
                                .map(provider -> CONTENT_SECURITY_POLICY.replace("form-action 'self'",
                                        "form-action 'self' " + provider))
                                .orElse(CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** After login a browser returns to the page it asked for; an API call is not remembered (no session for it). */
    private static RequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new NegatedRequestMatcher(API));
        return cache;
    }
}
