package com.sitewright.modeling.web;

import static com.sitewright.api.ApiExceptionHandler.problem;

import com.sitewright.api.RestApi;
import com.sitewright.modeling.ConfirmationRequiredException;
import com.sitewright.modeling.InvalidModelException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused model change answers with its problems, or with what it would take from items. */
@RestControllerAdvice(annotations = RestApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelProblems {

    @ExceptionHandler(InvalidModelException.class)
    ProblemDetail invalidModel(InvalidModelException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    /** A change that takes data from items answers with how many, until it is sent again with confirm=true. */
    @ExceptionHandler(ConfirmationRequiredException.class)
    ProblemDetail confirmationRequired(ConfirmationRequiredException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("affectedItems", e.affectedItems());
        problem.setProperty("changes", e.changes());
        return problem;
    }
}
