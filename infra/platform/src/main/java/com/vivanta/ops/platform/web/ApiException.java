package com.vivanta.ops.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal decided at the HTTP edge rather than in the domain: bad credentials, too many attempts,
 * a read model that did not catch up in time. Answered as a problem with the given status and code.
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
