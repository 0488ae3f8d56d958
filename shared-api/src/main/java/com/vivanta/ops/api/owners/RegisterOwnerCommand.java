package com.vivanta.ops.api.owners;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers an owner of property in the organization the command's metadata names. Nullable: email,
 * phone, isCompany (false), status (ACTIVE). The e-mail, when given, must be unused among the
 * organization's owners; it is compared and stored trimmed and lower-cased.
 */
public record RegisterOwnerCommand(@TargetAggregateIdentifier UUID ownerId,
                                   String displayName,
                                   String email,
                                   String phone,
                                   Boolean isCompany,
                                   OwnerStatus status) {
}
