package com.vivanta.ops.benchmark.seed;

/** A request the app refused (or that never got an answer) even after retries. */
final class ApiException extends RuntimeException {

    private static final int MAX_BODY_IN_MESSAGE = 300;

    ApiException(String method, String path, int status, String detail) {
        super(method + " " + path + " -> " + (status == 0 ? "no answer" : "HTTP " + status) + ": "
              + (detail.length() > MAX_BODY_IN_MESSAGE ? detail.substring(0, MAX_BODY_IN_MESSAGE) + "…" : detail));
    }
}
