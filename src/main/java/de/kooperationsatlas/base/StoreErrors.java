package de.kooperationsatlas.base;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * The API's answers to errors of concurrency and of odd requests, ahead of {@link ApiErrors} (whose
 * catch-all would answer them with 500): writes that collided beyond their retries (409), an
 * unreachable store (503), a key created meanwhile by another request (409), and multipart requests
 * the server cannot split into parts (400). Messages in German by default, English with {@code
 * Accept-Language: en}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoreErrors {

    private static final Logger log = LoggerFactory.getLogger(StoreErrors.class);

    private final MessageSource messages;

    StoreErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StoreBusyException.class)
    ResponseEntity<ProblemDetail> busy(StoreBusyException e) {
        if (e.conflict()) {
            return answer(HttpStatus.CONFLICT, "Conflict", message("store.error.conflict"), null);
        }
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return answer(
                HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", message("store.error.unavailable"), headers);
    }

    @ExceptionHandler(KeyTakenException.class)
    ResponseEntity<ProblemDetail> keyTaken(KeyTakenException e) {
        var entity = answer(HttpStatus.CONFLICT, "Conflict", message("store.error.keyTaken", e.key()), null);
        var problem = entity.getBody();
        if (problem != null) {
            problem.setProperty(
                    "errors", List.of(Map.of("field", e.field(), "message", message("store.error.keyTaken", e.key()))));
        }
        return entity;
    }

    /** A uniqueness constraint refused a write at commit: another request created the key meanwhile. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info(
                "A write was refused by a constraint: {}",
                e.getMostSpecificCause().getMessage());
        return answer(HttpStatus.CONFLICT, "Conflict", message("store.error.constraint"), null);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        return answer(HttpStatus.BAD_REQUEST, "Bad request", message("store.error.multipart"), null);
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    private static ResponseEntity<ProblemDetail> answer(
            HttpStatus status, String title, String detail, @org.jspecify.annotations.Nullable HttpHeaders headers) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        var builder = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (headers != null) {
            builder.headers(headers);
        }
        return builder.body(problem);
    }
}
