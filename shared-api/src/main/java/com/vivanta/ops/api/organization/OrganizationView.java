package com.vivanta.ops.api.organization;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.UUID;

/** An organization (tenant). */
public record OrganizationView(UUID id, String name, String slug, String status, Instant createdAt, long version)
        implements Versioned {
}
