package com.vivanta.ops.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal decided at the HTTP edge rather than in the domain, such as bad credentials. Answered as a
 * problem with the given status and code.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
