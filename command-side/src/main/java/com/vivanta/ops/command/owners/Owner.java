package com.vivanta.ops.command.owners;

import static com.vivanta.ops.command.common.Patching.choose;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.owners.OwnerDetailsRevisedEvent;
import com.vivanta.ops.api.owners.OwnerRegisteredEvent;
import com.vivanta.ops.api.owners.OwnerStatus;
import com.vivanta.ops.api.owners.OwnerStatusChangedEvent;
import com.vivanta.ops.api.owners.RegisterOwnerCommand;
import com.vivanta.ops.api.owners.ReviseOwnerCommand;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.Normalization;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import com.vivanta.ops.command.common.UniqueKey;
import com.vivanta.ops.command.common.UniqueKeys;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An owner of property: a person or a company the organization manages property for.
 *
 * <p>An owner's e-mail is unique among the owners of its organization. The aggregate holds its claim in
 * {@link UniqueKeys}, changed in the same transaction as the events, so that two owners can never end up
 * with the same address even when they are registered at the same moment.
 */
@Aggregate
class Owner extends OrganizationOwnedAggregate {

    /** The unique-key kind of owner e-mails; the organization is the scope's container. */
    static final String EMAIL_KEY = "owner-email";

    @AggregateIdentifier
    private UUID ownerId;
    private String displayName;
    private String email;
    private String phone;
    private boolean isCompany;
    private OwnerStatus status;

    Owner() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    Owner(RegisterOwnerCommand command, MetaData metaData, UniqueKeys uniqueKeys) {
        UUID organization = CommandMetadata.organizationId(metaData);
        String normalisedEmail = Normalization.email(command.email(), "email");
        if (normalisedEmail != null) {
            uniqueKeys.claim(emailKey(organization, normalisedEmail), command.ownerId());
        }
        apply(new OwnerRegisteredEvent(command.ownerId(),
                                       organization,
                                       command.displayName(),
                                       normalisedEmail,
                                       command.phone(),
                                       Boolean.TRUE.equals(command.isCompany()),
                                       command.status() == null ? OwnerStatus.ACTIVE : command.status()));
    }

    @CommandHandler
    void handle(ReviseOwnerCommand command, UniqueKeys uniqueKeys) {
        String newDisplayName = command.displayName() == null ? displayName : command.displayName();
        String newEmail = command.email() == null ? email : Normalization.email(command.email().orElse(null), "email");
        String newPhone = choose(command.phone(), phone);
        boolean newIsCompany = command.isCompany() == null ? isCompany : command.isCompany();
        if (!Objects.equals(newEmail, email)) {
            moveEmail(uniqueKeys, newEmail);
        }
        if (!Objects.equals(newDisplayName, displayName) || !Objects.equals(newEmail, email)
                || !Objects.equals(newPhone, phone) || newIsCompany != isCompany) {
            apply(new OwnerDetailsRevisedEvent(ownerId, newDisplayName, newEmail, newPhone, newIsCompany));
        }
        if (command.status() != null && command.status() != status) {
            apply(new OwnerStatusChangedEvent(ownerId, status, command.status()));
        }
    }

    /** Takes the new address (refused if another owner holds it) and gives the old one up for others. */
    private void moveEmail(UniqueKeys uniqueKeys, String newEmail) {
        if (newEmail == null) {
            uniqueKeys.release(emailKey(organizationId, email), ownerId);
        } else if (email == null) {
            uniqueKeys.claim(emailKey(organizationId, newEmail), ownerId);
        } else {
            uniqueKeys.change(emailKey(organizationId, email), emailKey(organizationId, newEmail), ownerId);
        }
    }

    private static UniqueKey emailKey(UUID organization, String normalisedEmail) {
        return UniqueKey.within(organization, EMAIL_KEY, normalisedEmail, "email");
    }



    @EventSourcingHandler
    void on(OwnerRegisteredEvent event) {
        ownerId = event.ownerId();
        organizationId = event.organizationId();
        displayName = event.displayName();
        email = event.email();
        phone = event.phone();
        isCompany = event.isCompany();
        status = event.status();
    }

    @EventSourcingHandler
    void on(OwnerDetailsRevisedEvent event) {
        displayName = event.displayName();
        email = event.email();
        phone = event.phone();
        isCompany = event.isCompany();
    }

    @EventSourcingHandler
    void on(OwnerStatusChangedEvent event) {
        status = event.status();
    }

    @Override
    protected String entityType() {
        return "Owner";
    }

    @Override
    protected UUID id() {
        return ownerId;
    }
}
