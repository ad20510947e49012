package nl.werkmotor.web;

import java.io.IOException;

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

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorPath instanceof String original ? original : request.getRequestURI();
        if (isApi(path)) {
            response.setHeader(NAME, VERSION);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
