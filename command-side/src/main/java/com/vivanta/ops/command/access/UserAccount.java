package com.vivanta.ops.command.access;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.vivanta.ops.api.access.RegisterUserCommand;
import com.vivanta.ops.api.access.UserRegisteredEvent;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.command.common.CommandMetadata;
import com.vivanta.ops.command.common.OrganizationOwnedAggregate;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person's (or process's) account in one organization. */
@Aggregate
class UserAccount extends OrganizationOwnedAggregate {

    @AggregateIdentifier
    private UUID userId;

    UserAccount() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    UserAccount(RegisterUserCommand command, MetaData metaData, CredentialStore credentials) {
        apply(new UserRegisteredEvent(command.userId(), CommandMetadata.organizationId(metaData),
                                      command.email().trim().toLowerCase(Locale.ROOT), command.firstName(),
                                      command.lastName(), command.userType(), UserStatus.ACTIVE, command.roleIds()));
        if (command.passwordHash() != null) {
            credentials.store(command.userId(), command.passwordHash());
        }
    }

    @EventSourcingHandler
    void on(UserRegisteredEvent event) {
        userId = event.userId();
        organizationId = event.organizationId();
    }

    @Override
    protected String entityType() {
        return "User";
    }

    @Override
    protected UUID id() {
        return userId;
    }
}
