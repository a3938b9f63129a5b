package de.kooperationsatlas.console;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The console's errors as {@code application/problem+json}, in the conventions of the app's other API
 * errors: a title, a translated detail saying what is wrong, and {@code reason} ({@code REFUSED},
 * {@code INVALID}, {@code TIMEOUT}, {@code MEMORY}, {@code BUSY}, {@code FAILED}). Ahead of the app's general handlers for the console's
 * controller only.
 */
@RestControllerAdvice(assignableTypes = ConsoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleApiErrors {

    private final MessageSource messages;

    ConsoleApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ConsoleException.class)
    ResponseEntity<ProblemDetail> console(ConsoleException e) {
        Locale locale = LocaleContextHolder.getLocale();
        HttpStatus status = switch (e.reason()) {
            case REFUSED, INVALID -> HttpStatus.BAD_REQUEST;
            case TIMEOUT, MEMORY, FAILED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case BUSY -> HttpStatus.TOO_MANY_REQUESTS;
        };
        var problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale));
        problem.setTitle(
                switch (e.reason()) {
                    case REFUSED -> "Statement refused";
                    case INVALID -> "Invalid query";
                    case TIMEOUT -> "Query timed out";
                    case MEMORY -> "Query needs too much memory";
                    case BUSY -> "Console busy";
                    case FAILED -> "Query failed in the database";
                });
        problem.setProperty("reason", e.reason().name());
        var response = ResponseEntity.status(status);
        if (e.reason() == ConsoleException.Reason.BUSY) {
            response.header(HttpHeaders.RETRY_AFTER, "2");
        }
        return response.body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        "console.invalid.body", null, "console.invalid.body", LocaleContextHolder.getLocale()));
        problem.setTitle("Invalid request body");
        problem.setProperty("reason", ConsoleException.Reason.INVALID.name());
        return problem;
    }
}
