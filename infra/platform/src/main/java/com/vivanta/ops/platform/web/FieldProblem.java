package com.vivanta.ops.platform.web;

/** One offending input: the field (JSON path or parameter name) and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
