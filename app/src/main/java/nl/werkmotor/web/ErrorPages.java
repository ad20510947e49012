package nl.werkmotor.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import nl.werkmotor.web.ApiProblem.Message;
import tools.jackson.databind.ObjectMapper;

/**
 * Where every error ends up (Spring's sendError, exceptions, the security filters): under
 * {@code /api} as problem+json, elsewhere as a page in the layout. Never a stack trace.
 */
@Controller
@ConditionalOnWebApplication // not in commands: they start without a web server
class ErrorPages implements ErrorController {

    /** Statuses with their own text on the error page; others show the text of their class (400 or 500). */
    private static final Set<Integer> PAGE_TEXTS = Set.of(400, 403, 404, 405, 429, 500);

    private final ErrorAttributes errorAttributes;
    private final InvalidParams invalidParams;
    private final ObjectMapper json;

    ErrorPages(ErrorAttributes errorAttributes, InvalidParams invalidParams, ObjectMapper json) {
        this.errorAttributes = errorAttributes;
        this.invalidParams = invalidParams;
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code
                : errorAttributes.getError(new ServletWebRequest(request)) != null ? 500
                : 404; // asked for /error itself: nothing went wrong, and there is no such page
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : "/error";
        if (ApiVersionHeader.isApi(ApiVersionHeader.path(request))) {
            writeProblem(request, response, status, path);
            return null;
        }
        int text = PAGE_TEXTS.contains(status) ? status : status >= 500 ? 500 : 400;
        return new ModelAndView("error/page", Map.of("status", status, "text", text), HttpStatus.valueOf(status));
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response, int status, String path)
            throws IOException {
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        List<Problem.InvalidParam> params = status == 400 ? invalidParams.of(error) : List.of();
        Message title = error instanceof ApiProblem problem ? problem.title() : ProblemMessages.title(status);
        Message detail = error instanceof ApiProblem problem ? problem.detail()
                : params.isEmpty() ? ProblemMessages.detail(status) : ProblemMessages.INVALID;
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE); // JSON is UTF-8 by definition (RFC 8259)
        json.writeValue(response.getOutputStream(),
                new Problem("about:blank", title.nl(), status, detail.nl(), path, detail, params));
    }
}
