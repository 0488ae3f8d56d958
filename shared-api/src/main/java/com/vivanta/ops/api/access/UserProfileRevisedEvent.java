package com.vivanta.ops.api.access;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The user's e-mail, name, type or owner link changed; all of them as they now are. */
@Revision("1")
public record UserProfileRevisedEvent(UUID userId, String email, String firstName, String lastName, UserType userType,
                                      UUID ownerId) {
}
