package com.vivanta.ops.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.organization.CreateOrganizationCommand;
import com.vivanta.ops.api.organization.OrganizationCreatedEvent;
import com.vivanta.ops.api.organization.WellKnownOrganizations;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A tenant: everything else belongs to exactly one organization. Its slug is unique on the platform. */
@Aggregate
class Organization {

    @AggregateIdentifier
    private UUID organizationId;

    Organization() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Organization(CreateOrganizationCommand command, UniqueKeys uniqueKeys) {
        // Slugs are what people type to sign in: unique across the whole platform.
        uniqueKeys.claim(UniqueKey.within(WellKnownOrganizations.PLATFORM, "organization-slug", command.slug(), "slug"),
                         command.organizationId());
        apply(new OrganizationCreatedEvent(command.organizationId(), command.name(),
                                           command.slug().trim().toLowerCase(Locale.ROOT)));
    }

    @EventSourcingHandler
    void on(OrganizationCreatedEvent event) {
        organizationId = event.organizationId();
    }
}
