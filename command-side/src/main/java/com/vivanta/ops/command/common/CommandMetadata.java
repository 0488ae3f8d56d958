package com.vivanta.ops.command.common;

import com.vivanta.ops.api.common.MessageMetadata;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/** Reads the tenant and actor a command was sent for; the platform puts them there from the token. */
public final class CommandMetadata {

    private CommandMetadata() {
    }

    public static UUID organizationId(MetaData metaData) {
        Object value = metaData.get(MessageMetadata.ORGANIZATION_ID);
        if (value == null) {
            throw new IllegalStateException("Command carries no organization; it was sent outside a request");
        }
        return UUID.fromString(value.toString());
    }

    public static String actor(MetaData metaData) {
        Object value = metaData.get(MessageMetadata.USER_ID);
        if (value == null) {
            throw new IllegalStateException("Command carries no acting user; it was sent outside a request");
        }
        return value.toString();
    }

    /** The owner whose portal user sent the command; empty for staff and system work. */
    public static Optional<UUID> actingOwner(MetaData metaData) {
        Object value = metaData.get(MessageMetadata.ACTING_OWNER_ID);
        return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.toString()));
    }
}
