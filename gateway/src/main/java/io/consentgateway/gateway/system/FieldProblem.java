package io.consentgateway.gateway.system;

import org.springframework.http.HttpStatus;

/**
 * A request error that names the request field, parameter or header at fault. Messages are written for the caller
 * and never quote the offending value: it may be personal information.
 */
public class FieldProblem extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public FieldProblem(HttpStatus status, String field, String detail) {
        super(detail);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
