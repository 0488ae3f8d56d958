package com.vivanta.ops.api.owners;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The owner's name, e-mail, phone or kind changed; the event holds all four as they now are (null e-mail
 * or phone: none).
 */
@Revision("1")
public record OwnerDetailsRevisedEvent(UUID ownerId,
                                       String displayName,
                                       String email,
                                       String phone,
                                       boolean isCompany) {
}
