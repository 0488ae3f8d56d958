package com.vivanta.ops.api.organization;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A tenant exists from now on. */
@Revision("1")
public record OrganizationCreatedEvent(UUID organizationId, String name, String slug) {
}
