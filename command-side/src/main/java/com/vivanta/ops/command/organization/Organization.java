package com.vivanta.ops.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.InvalidValueException;
import com.vivanta.ops.api.organization.ChangeSlaPolicyCommand;
import com.vivanta.ops.api.organization.CreateOrganizationCommand;
import com.vivanta.ops.api.organization.OrganizationCreatedEvent;
import com.vivanta.ops.api.organization.OrganizationSlaPolicyChangedEvent;
import com.vivanta.ops.api.organization.SlaPolicy;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import com.vivanta.ops.command.common.UniqueKeys;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tenant: everything else belongs to exactly one organization. Its slug is unique on the platform. It
 * owns its settings, such as its SLA targets; only its own members can change them (for anyone else it
 * does not exist).
 */
@Aggregate
class Organization extends OrganizationOwnedAggregate {

    @AggregateIdentifier
    private UUID id;
    /** Null while the organization works with {@link SlaPolicy#DEFAULT}. */
    private Map<CasePriority, Duration> slaTargets;

    Organization() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Organization(CreateOrganizationCommand command, UniqueKeys uniqueKeys) {
        // Slugs are what people type to sign in: unique across the whole platform.
        uniqueKeys.claim(OrganizationDirectory.slugKey(command.slug()), command.organizationId());
        apply(new OrganizationCreatedEvent(command.organizationId(), command.name(),
                                           command.slug().trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Every priority needs a target within the policy's bounds. Setting the targets the organization
     * already has changes nothing; setting the default values explicitly does: from then on they are the
     * organization's own and no longer follow the defaults.
     */
    @CommandHandler
    void handle(ChangeSlaPolicyCommand command) {
        Map<CasePriority, Duration> targets = command.resolutionTargets() == null ? Map.of()
                : command.resolutionTargets();
        for (CasePriority priority : CasePriority.values()) {
            Duration target = targets.get(priority);
            SlaPolicy.refusalOf(target).ifPresent(reason -> {
                throw new InvalidValueException("resolutionTargets." + priority, target, reason);
            });
        }
        Map<CasePriority, Duration> policy = new SlaPolicy(targets).resolutionTargets();
        if (!policy.equals(slaTargets)) {
            apply(new OrganizationSlaPolicyChangedEvent(id, policy));
        }
    }

    @EventSourcingHandler
    void on(OrganizationCreatedEvent event) {
        id = event.organizationId();
        organizationId = event.organizationId();
    }

    @EventSourcingHandler
    void on(OrganizationSlaPolicyChangedEvent event) {
        slaTargets = event.resolutionTargets();
    }

    @Override
    protected String entityType() {
        return "Organization";
    }

    @Override
    protected UUID id() {
        return id;
    }
}
