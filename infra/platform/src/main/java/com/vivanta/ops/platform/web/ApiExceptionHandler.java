package com.vivanta.ops.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.vivanta.ops.api.common.ActionNotPermittedException;
import com.vivanta.ops.api.common.InvalidInputException;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.common.RuleViolationException;
import com.vivanta.ops.platform.security.PermissionDeniedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into an {@code application/problem+json} answer with a stable code. Bad input is
 * always a 4xx naming the offending fields; only a genuine defect is a 500, and that one says nothing
 * about internals beyond the request id to look up in the logs.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(BindException.class)
    ProblemDetail invalidFields(BindException e) {
        // Covers @Valid bodies (MethodArgumentNotValidException is a BindException) and query objects.
        List<FieldProblem> errors = e.getFieldErrors().stream().map(ApiExceptionHandler::fieldProblem).toList();
        List<FieldProblem> global = e.getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage())).toList();
        return Problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid fields",
                                concat(errors, global));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                                       message(error))))
                .toList();
        return Problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid parameters",
                                errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return Problems.problem(HttpStatus.BAD_REQUEST, "UNKNOWN_PROPERTY",
                                    "The request body has a property this endpoint does not accept",
                                    List.of(new FieldProblem(field, "unknown property")));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE",
                                    "The request body has a value of the wrong type or format",
                                    List.of(new FieldProblem(path(mapping), invalidValueMessage(mapping))));
        }
        if (cause instanceof JsonParseException) {
            return Problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "The request body is not valid JSON");
        }
        if (cause instanceof JsonMappingException) {
            return Problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_BODY",
                                    "The request body is JSON, but not the object this endpoint expects");
        }
        return Problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "The request body is missing or unreadable");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail malformedParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return Problems.problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "A parameter is malformed",
                                List.of(new FieldProblem(e.getName(), "must be a valid " + expected)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return Problems.problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "A required parameter is missing",
                                List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return Problems.problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage(),
                                List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    /**
     * One answer for every kind of "not found": an id of another organization must be indistinguishable
     * from an id that does not exist, in the status, the code and the text.
     */
    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class, NoResourceFoundException.class})
    ProblemDetail notFound(Exception e) {
        return Problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "The requested resource was not found");
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        return Problems.problem(HttpStatus.CONFLICT, e.code(), e.getMessage(), e.details());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException e) {
        return Problems.problem(HttpStatus.CONFLICT, "ALREADY_EXISTS", "An entity with this id already exists");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentModification(ConcurrencyException e) {
        return Problems.problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION",
                                "The entity was changed by another request at the same time; try again");
    }

    @ExceptionHandler(PermissionDeniedException.class)
    ProblemDetail forbidden(PermissionDeniedException e) {
        return Problems.problem(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage(),
                                Map.of("requiredPermissions", e.requiredPermissions(), "mode", e.mode()));
    }

    @ExceptionHandler(ActionNotPermittedException.class)
    ProblemDetail notPermitted(ActionNotPermittedException e) {
        return Problems.problem(HttpStatus.FORBIDDEN, e.code(), e.getMessage(), e.details());
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e) {
        return Problems.problem(e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return Problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                                "Send the request body as application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "This endpoint answers application/json");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail defect(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse springAnswer && springAnswer.getStatusCode().is4xxClientError()) {
            // Spring MVC's own refusals of a request (binding, missing values...) are the caller's doing.
            HttpStatus status = HttpStatus.valueOf(springAnswer.getStatusCode().value());
            return Problems.problem(status, status.name(), String.valueOf(springAnswer.getBody().getDetail()));
        }
        log.error("Unhandled failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                                "Something went wrong on our side; quote the request id when reporting it");
    }

    private static FieldProblem fieldProblem(FieldError error) {
        String message = error.isBindingFailure() ? "has an invalid format" : error.getDefaultMessage();
        return new FieldProblem(error.getField(), message);
    }

    private static String invalidValueMessage(JsonMappingException e) {
        return e instanceof InvalidRequestValueException invalid ? invalid.reason() : "invalid value";
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static List<FieldProblem> concat(List<FieldProblem> a, List<FieldProblem> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
