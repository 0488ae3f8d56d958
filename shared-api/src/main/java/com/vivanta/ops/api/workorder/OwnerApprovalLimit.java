package com.vivanta.ops.api.workorder;

import com.vivanta.ops.api.common.Money;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The approval limit that governs a property's repairs: the strictest limit among the owners holding it
 * on the day, and the owners who hold it. Work whose not-to-exceed is above it needs their consent.
 */
public record OwnerApprovalLimit(Money limit, List<UUID> ownerIds) {

    public OwnerApprovalLimit {
        Objects.requireNonNull(limit, "limit");
        ownerIds = List.copyOf(ownerIds);
    }
}
