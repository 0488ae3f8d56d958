package com.vivanta.ops.api.access;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The user was activated, deactivated, suspended or invited; only ACTIVE users may sign in. */
@Revision("1")
public record UserStatusChangedEvent(UUID userId, UserStatus previousStatus, UserStatus status) {
}
