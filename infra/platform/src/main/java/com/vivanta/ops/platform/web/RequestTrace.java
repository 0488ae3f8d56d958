package com.vivanta.ops.platform.web;

import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The ids that tie everything one HTTP request causes together: {@code requestId} is new for every
 * request, {@code correlationId} is the caller's X-Correlation-Id (or the request id when none was sent).
 */
public record RequestTrace(String requestId, String correlationId) {

    static final String ATTRIBUTE = RequestTrace.class.getName();

    /** The trace of the request the current thread serves, if it serves one. */
    public static Optional<RequestTrace> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((RequestTrace) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    public static String currentRequestId() {
        return current().map(RequestTrace::requestId).orElse(null);
    }
}
