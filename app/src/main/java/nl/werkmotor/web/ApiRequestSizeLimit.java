package nl.werkmotor.web;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No API request body is larger than {@link #MAX_BYTES} (the largest, a text to recognise, is 20,000
 * characters): a larger declared length is refused with 413 before anything reads it. A body sent
 * without a length (chunked) is refused too, so that no reader can be made to buffer without bound.
 */
@Component
@ConditionalOnWebApplication
class ApiRequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 256 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (ApiVersionHeader.isApi(request.getRequestURI()) && (length > MAX_BYTES || chunked)) {
            response.sendError(chunked ? HttpServletResponse.SC_LENGTH_REQUIRED : 413);
            return;
        }
        chain.doFilter(request, response);
    }
}
