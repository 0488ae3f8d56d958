package com.vivanta.ops.api.ai;

/**
 * One value a suggestion proposes, as text (the target's domain command parses it on apply), with the
 * provider's confidence in it, from 0 to 1.
 */
public record ProposedField(String name, String value, double confidence) {
}
