package com.vivanta.ops.api.access;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Someone tried the user's account with a wrong password. */
@Revision("1")
public record UserSignInFailedEvent(UUID userId) {
}
