package com.vivanta.ops.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.organization.CreateOrganizationCommand;
import com.vivanta.ops.api.organization.OrganizationCreatedEvent;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A tenant: everything else belongs to exactly one organization. */
@Aggregate
class Organization {

    @AggregateIdentifier
    private UUID organizationId;

    Organization() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Organization(CreateOrganizationCommand command) {
        apply(new OrganizationCreatedEvent(command.organizationId(), command.name(), command.slug()));
    }

    @EventSourcingHandler
    void on(OrganizationCreatedEvent event) {
        organizationId = event.organizationId();
    }
}
