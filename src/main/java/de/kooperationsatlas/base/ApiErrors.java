package de.kooperationsatlas.base;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error as {@code application/problem+json} with a message that says what and where; never
 * a stack trace or an internal class name. Extends Spring's {@link ResponseEntityExceptionHandler} so
 * that the framework's own errors (unreadable JSON, wrong types, unknown paths, 405, 406, 415) are
 * answered here too, with messages in the API's words rather than the framework's.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        var problem = titled(HttpStatus.NOT_FOUND, e.getMessage(), "Not found");
        problem.setProperty(e.kind(), e.key());
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of(
                        "field",
                        p.field(),
                        "message",
                        messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale)))
                .toList();
        String detail = errors.stream()
                .map(err -> err.get("field") + ": " + err.get("message"))
                .reduce((a, b) -> a + "; " + b)
                .orElse("Invalid input");
        var problem = titled(HttpStatus.BAD_REQUEST, detail, "Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return titled(HttpStatus.FORBIDDEN, e.getMessage(), "Forbidden");
    }

    @ExceptionHandler(ParameterException.class)
    ProblemDetail badParameter(ParameterException e) {
        return parameterProblem(
                e.parameter(), e.getMessage(), e.messageKey(), e.args().toArray());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return titled(HttpStatus.BAD_REQUEST, e.getMessage(), "Bad request");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error in an API call", e);
        var problem = titled(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; it has been logged.",
                "Internal error");
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    // --- The framework's errors, in the API's words --------------------------------------------------

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = titled(HttpStatus.BAD_REQUEST, unreadable(e), "Unreadable request body");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query or path parameter of the wrong type, in the client's language (German by default). */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "?" : e.getPropertyName();
        String value = String.valueOf(e.getValue());
        String english = "The value '" + value + "' of '" + name + "' must be " + expected(e.getRequiredType()) + ".";
        var problem = parameterProblem(name, english, typeKey(e.getRequiredType()), name, value);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e.getParameterName();
        var problem = parameterProblem(name, "The parameter " + name + " is required", "api.param.required", name);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private ProblemDetail parameterProblem(String parameter, String english, String key, Object... args) {
        String message = messages.getMessage(key, args, english, LocaleContextHolder.getLocale());
        var problem = titled(HttpStatus.BAD_REQUEST, message, "Bad request");
        problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
        return problem;
    }

    /** A problem with the API's own title for its kind of error. */
    private static ProblemDetail titled(HttpStatusCode status, @Nullable String detail, String title) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static String typeKey(@Nullable Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "api.param.integer";
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == double.class)) {
            return "api.param.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "api.param.boolean";
        }
        return "api.param.type";
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = titled(
                HttpStatus.NOT_FOUND,
                "There is no " + e.getHttpMethod() + " /" + e.getResourcePath()
                        + "; the API's paths are listed at /api/docs.",
                "Not found");
        return handleExceptionInternal(e, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Collection<String> supported = e.getSupportedMethods() == null ? List.of() : List.of(e.getSupportedMethods());
        var problem = titled(
                HttpStatus.METHOD_NOT_ALLOWED,
                path(request) + " does not take " + e.getMethod() + "; it takes " + String.join(", ", supported) + ".",
                "Method not allowed");
        return handleExceptionInternal(e, problem, headers, HttpStatus.METHOD_NOT_ALLOWED, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = e.getContentType() == null ? "no content type" : "'" + e.getContentType() + "'";
        var problem = titled(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                path(request) + " does not take " + sent + "; send "
                        + e.getSupportedMediaTypes().stream()
                                .map(MediaType::toString)
                                .collect(Collectors.joining(" or "))
                        + ".",
                "Unsupported media type");
        return handleExceptionInternal(e, problem, headers, HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
    }

    /**
     * Every framework error ends here: the body is a problem, always sent as {@code
     * application/problem+json}, and a detail the framework wrote is checked for internal names.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p
                ? p
                : e instanceof ErrorResponse response
                        ? response.getBody()
                        : ProblemDetail.forStatusAndDetail(status, "The request cannot be answered.");
        if (problem.getDetail() != null && internal(problem.getDetail())) {
            problem.setDetail("The request cannot be answered (" + status.value() + ").");
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(path(request)));
        }
        var clean = new HttpHeaders();
        clean.addAll(headers);
        clean.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(e, problem, clean, status, request);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : request.getDescription(false).replaceFirst("^uri=", "");
    }

    /** Whether a framework's message names Java types or packages, which an API answer must not show. */
    static boolean internal(String text) {
        return text.contains("java.")
                || text.contains("Exception")
                || text.contains("de.kooperationsatlas")
                || text.contains("org.springframework")
                || text.contains("tools.jackson")
                || text.contains("com.fasterxml");
    }

    /** What is wrong with an unreadable body, and where (the JSON path), without Jackson's wording. */
    private static String unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause == null || e.getMessage() == null || e.getMessage().startsWith("Required request body is missing")) {
            return "The request body is missing; send JSON (Content-Type: application/json).";
        }
        if (cause instanceof JacksonException jackson) {
            String at = jackson.getPath().isEmpty() ? "" : " at '" + field(jackson) + "'";
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return "Unknown field '" + field(jackson) + "'; known fields: "
                        + unknown.getKnownPropertyIds().stream()
                                .map(Object::toString)
                                .sorted()
                                .collect(Collectors.joining(", "))
                        + ".";
            }
            if (cause instanceof InvalidFormatException format) {
                String expected =
                        format.getTargetType() != null && format.getTargetType().isEnum()
                                ? "one of " + List.of(format.getTargetType().getEnumConstants())
                                : expected(format.getTargetType());
                return "The value '" + format.getValue() + "'" + at + " must be " + expected + ".";
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return "The value" + at + " must be " + expected(mismatch.getTargetType()) + ".";
            }
            if (cause instanceof StreamReadException read) {
                var location = read.getLocation();
                return "The request body is no valid JSON"
                        + (location == null
                                ? ""
                                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")")
                        + at
                        + (read.getOriginalMessage() != null
                                        && read.getOriginalMessage().contains("out of range")
                                ? ": a number is too large"
                                : "")
                        + ".";
            }
            return "The request body does not fit" + at + ".";
        }
        return "The request body cannot be read; send JSON (Content-Type: application/json).";
    }

    /** A JSON path as the API names it: {@code cooperations[0].kind}. */
    private static String field(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A Java type in the words of JSON. */
    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO date (2023-11-23)";
        }
        return "a JSON object";
    }
}
