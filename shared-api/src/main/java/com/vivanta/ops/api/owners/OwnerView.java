package com.vivanta.ops.api.owners;

import com.vivanta.ops.api.common.Versioned;
import java.time.Instant;
import java.util.UUID;

/** The operator's view of an owner. {@code createdAt} is the registration time. */
public record OwnerView(UUID id,
                        UUID organizationId,
                        String displayName,
                        String email,
                        String phone,
                        boolean isCompany,
                        OwnerStatus status,
                        Instant createdAt,
                        Instant updatedAt,
                        long version) implements Versioned {
}
