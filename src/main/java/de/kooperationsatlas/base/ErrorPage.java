package de.kooperationsatlas.base;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring's error page ({@code /error}), which answers what goes wrong before a controller is reached
 * (a URL the firewall refuses, a servlet error, a static file that is not there), instead of Boot's
 * default with its timestamp and internal wording. Replaces Boot's {@code BasicErrorController}. Under
 * {@code /api} and for clients that do not ask for HTML the answer is {@code application/problem+json};
 * a browser asking for any other address gets {@link ErrorPages}' short page, so JSON is only ever seen
 * under {@code /api}.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPage implements ErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RequestMapping
    ResponseEntity<String> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s : request.getRequestURI();
        if (ErrorPages.wantsPage(request, path)) {
            return ResponseEntity.status(status)
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(ErrorPages.html(status.value(), path, request.getContextPath() + "/"));
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status, path));
        problem.put("instance", path);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(JSON.writeValueAsString(problem));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            var status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        // Called directly, /error itself is simply not a page.
        return code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detail(HttpStatus status, String path) {
        return switch (status) {
            case BAD_REQUEST ->
                "The request for " + path + " was refused: the URL or the request is malformed"
                        + " (for example an encoded slash, a semicolon or '..' in the path).";
            case NOT_FOUND -> "There is nothing at " + path + ".";
            case UNAUTHORIZED -> "Sign in or send HTTP Basic credentials for " + path + ".";
            case FORBIDDEN -> "You lack the rights for " + path + ".";
            case METHOD_NOT_ALLOWED -> path + " does not take this method.";
            case CONTENT_TOO_LARGE -> "The request to " + path + " is too large.";
            default ->
                status.is5xxServerError()
                        ? "An unexpected error occurred at " + path + "; it has been logged."
                        : "The request for " + path + " cannot be answered (" + status.value() + ").";
        };
    }
}
