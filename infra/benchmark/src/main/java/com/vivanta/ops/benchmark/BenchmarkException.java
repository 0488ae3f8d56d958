package com.vivanta.ops.benchmark;

/** A failure the user can act on (app not reachable, wrong credentials, database down): reported without a stack trace. */
public final class BenchmarkException extends RuntimeException {

    public BenchmarkException(String message) {
        super(message);
    }

    public BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
