package de.kooperationsatlas.base;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error page, for what Tomcat refuses before Spring sees the request (a URL with a null
 * byte, a malformed request line): a short {@code application/problem+json} instead of Tomcat's HTML.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", reason(status));
        problem.put("status", status);
        problem.put(
                "detail",
                status == 400
                        ? "The request was refused: its URL or headers are malformed (for example a null byte or an"
                                + " encoded character that is not allowed)."
                        : "The request cannot be answered (" + status + ").");
        try {
            SecurityHeaders.headers(request.isSecure(), SecurityHeaders.policy(""))
                    .forEach(response::setHeader);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response was committed meanwhile: nothing more to tell.
        }
    }

    private static String reason(int status) {
        var known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
