package com.sitewright.api;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API error is an {@code application/problem+json} document with a sentence a person can act on. Ordered
 * before Spring's own problem handler, so that it does not answer an unreadable body with "Failed to read
 * request", and after the features' handlers of their own exceptions ({@link #ORDER}), so that the catch-all for
 * runtime errors here does not shadow them.
 */
@RestControllerAdvice(annotations = RestApi.class)
@Order(ApiExceptionHandler.ORDER)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** Features' problem handlers take {@link Ordered#HIGHEST_PRECEDENCE}, ahead of this one. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** A problem document with the status and a sentence a person can act on. */
    public static ProblemDetail problem(HttpStatus status, @Nullable String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Your role does not allow this.");
    }

    /** A body cut off at its size limit while the parser read it answers as that limit says (413), not as bad JSON. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ErrorResponseException refused) {
                return framework(refused);
            }
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "The value of '" + e.getName() + "' is not valid.");
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail failed(IllegalStateException e) {
        log.error("API request failed", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** Spring's own errors (e.g. a status thrown by the framework) keep their status. */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> framework(ErrorResponseException e) {
        return ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }

    /** Anything unforeseen: a problem document that says so, never an error page or a stack trace. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("API request failed unexpectedly", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The studio could not complete this request; the error was logged. Try again, or report it if it persists.");
    }
}
