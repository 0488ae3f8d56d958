package com.vivanta.ops.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem documents every error answer uses, so that they all carry a stable
 * {@code code}, the {@code requestId} and, where input was at fault, the offending {@code errors}.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:vivanta:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        problem.setProperty("requestId", RequestTrace.currentRequestId());
        return problem;
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(status, code, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail, Map<String, Object> details) {
        ProblemDetail problem = problem(status, code, detail);
        if (!details.isEmpty()) {
            problem.setProperty("details", details);
        }
        return problem;
    }
}
