package com.vivanta.ops.api.access;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The user signed in; the event's timestamp is the last sign-in time. */
@Revision("1")
public record UserSignedInEvent(UUID userId) {
}
