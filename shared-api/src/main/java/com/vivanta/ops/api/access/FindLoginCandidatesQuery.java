package com.vivanta.ops.api.access;

/** The accounts a sign-in with this e-mail could mean (one per organization at most). */
public record FindLoginCandidatesQuery(String email) {
}
