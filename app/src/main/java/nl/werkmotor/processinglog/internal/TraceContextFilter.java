package nl.werkmotor.processinglog.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** One trace per request, so that all its processing records share a trace id: the caller's, when it sent one. */
@Component
@ConditionalOnWebApplication // not in commands: they start without a web server
class TraceContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(TraceContext.ATTRIBUTE, TraceContext.of(request.getHeader("traceparent")));
        chain.doFilter(request, response);
    }
}
