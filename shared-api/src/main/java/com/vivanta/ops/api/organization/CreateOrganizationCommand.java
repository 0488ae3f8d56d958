package com.vivanta.ops.api.organization;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a tenant. {@code slug} is the short, URL-safe name people type when signing in. */
public record CreateOrganizationCommand(@TargetAggregateIdentifier UUID organizationId, String name, String slug) {
}
