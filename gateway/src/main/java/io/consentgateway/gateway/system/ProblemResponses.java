package io.consentgateway.gateway.system;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.shiro.authz.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into {@code application/problem+json} (RFC 9457) with a {@code field} naming what was wrong and
 * the {@code requestId}. Details never echo submitted values, and stack traces never reach the caller.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(FieldProblem.class)
    ResponseEntity<Object> fieldProblem(FieldProblem problem) {
        return respond(problem.status(), problem.getMessage(), problem.field());
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<Object> forbidden(AuthorizationException denied) {
        return respond(HttpStatus.FORBIDDEN, "Your roles do not grant the permission this operation needs", null);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException violation) {
        String field = violation.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath()))
                .sorted()
                .collect(Collectors.joining(","));
        return respond(HttpStatus.BAD_REQUEST, "Invalid value for " + field, field);
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<Object> storeUnavailable(RuntimeException failure) {
        log.error("Customer store unavailable: {}", failure.getClass().getSimpleName());
        return respond(HttpStatus.SERVICE_UNAVAILABLE, "The customer store is unavailable; retry later", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception failure) {
        log.error("Unexpected failure", failure);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected failure; quote the request id", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax && syntax.getLocation() != null) {
                return respond(
                        HttpStatus.BAD_REQUEST,
                        "The request body is not valid JSON (line "
                                + syntax.getLocation().getLineNr() + ", column "
                                + syntax.getLocation().getColumnNr() + ")",
                        "body");
            }
        }
        if (unreadable.getCause() instanceof MismatchedInputException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                boolean array =
                        mismatch.getTargetType() != null && Collection.class.isAssignableFrom(mismatch.getTargetType());
                return respond(
                        HttpStatus.BAD_REQUEST,
                        array ? "The request body must be a JSON array" : "The request body has the wrong type",
                        "body");
            }
            String field = jsonPath(mismatch);
            return respond(HttpStatus.BAD_REQUEST, "The request body has the wrong type at " + field, field);
        }
        return respond(HttpStatus.BAD_REQUEST, "The request body is missing or is not the expected JSON", "body");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = invalid.getBindingResult().getFieldErrors().stream()
                .map(FieldError::getField)
                .sorted()
                .findFirst()
                .orElse("body");
        return respond(HttpStatus.BAD_REQUEST, "Invalid value for " + field, field);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = mismatch instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : mismatch.getPropertyName();
        return respond(HttpStatus.BAD_REQUEST, "Invalid value for " + field, field);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = invalid.getParameterValidationResults().stream()
                .map(result -> parameterName(result.getMethodParameter()))
                .sorted()
                .collect(Collectors.joining(","));
        return respond(HttpStatus.BAD_REQUEST, "Invalid value for " + field, field);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException missing, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (missing instanceof MissingRequestHeaderException header) {
            return respond(HttpStatus.BAD_REQUEST, "Missing header " + header.getHeaderName(), header.getHeaderName());
        }
        return super.handleServletRequestBindingException(missing, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException missing, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.NOT_FOUND, "No such resource", null);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            identifyOccurrence(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static ResponseEntity<Object> respond(HttpStatus status, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        if (field != null) {
            problem.setProperty("field", field);
        }
        identifyOccurrence(problem);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The occurrence is the request id, not the path (which Spring would fill in): a path carries whatever the caller
     * put in it, and problems never echo input.
     */
    private static void identifyOccurrence(ProblemDetail problem) {
        String requestId = RequestIds.current();
        problem.setProperty("requestId", requestId);
        if (requestId != null) {
            problem.setInstance(URI.create("urn:request-id:" + requestId));
        }
    }

    private static String jsonPath(MismatchedInputException mismatch) {
        StringBuilder path = new StringBuilder("body");
        for (JsonMappingException.Reference reference : mismatch.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String parameterName(MethodParameter parameter) {
        var header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.value().isEmpty()) {
            return header.value();
        }
        var query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.value().isEmpty()) {
            return query.value();
        }
        var path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.value().isEmpty()) {
            return path.value();
        }
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
            return "body";
        }
        return parameter.getParameterName();
    }

    private static String lastNode(Path path) {
        String last = null;
        for (Path.Node node : path) {
            last = node.getName();
        }
        return last;
    }
}
