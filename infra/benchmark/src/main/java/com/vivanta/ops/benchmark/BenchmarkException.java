package com.vivanta.ops.benchmark;

/** A failure the user can act on (app not reachable, wrong credentials, database down): reported without a stack trace. */
final class BenchmarkException extends RuntimeException {

    BenchmarkException(String message) {
        super(message);
    }

    BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
