package com.vivanta.ops.api.owners;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An owner was registered. {@code email} is trimmed and lower-cased (or null). The event's timestamp is
 * the registration time.
 */
@Revision("1")
public record OwnerRegisteredEvent(UUID ownerId,
                                   UUID organizationId,
                                   String displayName,
                                   String email,
                                   String phone,
                                   boolean isCompany,
                                   OwnerStatus status) {
}
