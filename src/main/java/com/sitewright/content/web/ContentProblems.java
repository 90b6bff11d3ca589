package com.sitewright.content.web;

import static com.sitewright.api.ApiExceptionHandler.problem;

import com.sitewright.api.RestApi;
import com.sitewright.content.InvalidContentException;
import com.sitewright.content.InvalidImportException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused items and imports answer with every problem found, so they can all be fixed at once. */
@RestControllerAdvice(annotations = RestApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentProblems {

    @ExceptionHandler(InvalidContentException.class)
    ProblemDetail invalidContent(InvalidContentException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty(
                "errors",
                e.errors().stream()
                        .map(error -> Map.of("field", error.field(), "reason", error.reason()))
                        .toList());
        return problem;
    }

    /** A refused import answers with its whole report, so every row's problem can be fixed at once. */
    @ExceptionHandler(InvalidImportException.class)
    ProblemDetail invalidImport(InvalidImportException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("valid", e.report().valid());
        problem.setProperty("errorCount", e.report().errorCount());
        problem.setProperty("errors", e.report().errors());
        return problem;
    }
}
