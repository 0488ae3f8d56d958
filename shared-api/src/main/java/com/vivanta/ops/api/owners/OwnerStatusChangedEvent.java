package com.vivanta.ops.api.owners;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The owner became ACTIVE or INACTIVE; the previous status is kept for the audit trail. */
@Revision("1")
public record OwnerStatusChangedEvent(UUID ownerId, OwnerStatus previousStatus, OwnerStatus status) {
}
