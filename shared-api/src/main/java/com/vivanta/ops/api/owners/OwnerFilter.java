package com.vivanta.ops.api.owners;

/**
 * Criteria for listing owners; every field is optional (null = no restriction). {@code search} matches
 * display name or e-mail, case-insensitively.
 */
public record OwnerFilter(OwnerStatus status, String search) {
}
