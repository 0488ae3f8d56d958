package com.vivanta.ops.api.approval;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One step of an approval route: who may decide it and how many of them must approve.
 *
 * @param name     shown to people, e.g. "Finance review"
 * @param userIds  named staff approvers (STAFF steps); may be empty when a role is given
 * @param roleName a role of the organization whose holders may approve (STAFF steps, mode ANY only)
 * @param ownerIds the owners asked (OWNER steps)
 */
public record ApprovalStepPlan(String name,
                               ApprovalStepKind kind,
                               Set<UUID> userIds,
                               String roleName,
                               List<UUID> ownerIds,
                               ApprovalMode mode) {

    public ApprovalStepPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
        ownerIds = ownerIds == null ? List.of() : List.copyOf(ownerIds);
    }
}
