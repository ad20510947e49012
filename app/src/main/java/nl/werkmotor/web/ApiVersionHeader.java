package nl.werkmotor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Every {@code /api} response says which API version answered (NL API Design Rules, API-57), errors
 * included: it runs before the security filters and again on the error dispatch.
 */
@Component
@ConditionalOnWebApplication // not in commands: they start without a web server
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersionHeader extends OncePerRequestFilter {

    static final String NAME = "API-Version";
    static final String VERSION = "1.0.0";

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /**
     * The path the servlet container maps the request by: decoded ({@code /%61pi} is {@code /api}) and without
     * path parameters ({@code ;jsessionid=...}); on an error dispatch, that of the request that failed. A check
     * on the raw request URI would let {@code /%61pi/v1/...} reach the API unchecked.
     */
    static String path(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            String path = failed.substring(Math.min(failed.length(), request.getContextPath().length()))
                    .replaceAll(";[^/]*", "");
            try {
                return UriUtils.decode(path, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return path; // not a path the container maps either
            }
        }
        return request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isApi(path(request))) {
            response.setHeader(NAME, VERSION);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
