package com.vivanta.ops.api.access;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The user's password was set or changed. The hash itself is only in the credential store. */
@Revision("1")
public record UserPasswordChangedEvent(UUID userId) {
}
