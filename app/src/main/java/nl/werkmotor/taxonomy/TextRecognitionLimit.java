package nl.werkmotor.taxonomy;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.werkmotor.platform.RecentEvents;

/**
 * Text recognition is public and the dearest public request (tens of milliseconds of a core for the longest
 * texts, docs/performance.md): each client address may send {@link TextRecognitionLimits#maxRequestsPerAddress}
 * texts per {@link TextRecognitionLimits#window}; beyond, 429 with Retry-After, as problem+json in Dutch and
 * English (the web shell's error page). The address is the servlet request's: in production, behind the
 * reverse proxy, the client's as the proxy forwarded it ({@code server.forward-headers-strategy: native}),
 * so one address is not every user of the proxy. An IPv6 client counts as its /64 network, as it usually
 * has all of it to choose addresses from. It runs before the security filters and before anything reads the
 * body; the path is the decoded one the container maps, so {@code /%61pi/...} counts too.
 */
@Component
@ConditionalOnWebApplication // not in commands: they start without a web server
@EnableConfigurationProperties(TextRecognitionLimits.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // just after the API-Version header, which errors carry too
class TextRecognitionLimit extends OncePerRequestFilter {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final RecentEvents requests;

    TextRecognitionLimit(TextRecognitionLimits limits) {
        this.requests = new RecentEvents(limits.maxRequestsPerAddress(), limits.window(), Clock.systemUTC());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && TextLinkingController.PATH.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = requests.admit(client(request.getRemoteAddr()));
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.plusMillis(999).toSeconds())));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    /** The address as counted: an IPv6 address by its first 64 bits, an IPv4 address (mapped ones too) as it is. */
    static String client(String address) {
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address); // only hex digits, colons and dots: never a lookup
            return parsed instanceof Inet6Address ? HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "/64"
                    : parsed.getHostAddress();
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return address;
        }
    }
}
