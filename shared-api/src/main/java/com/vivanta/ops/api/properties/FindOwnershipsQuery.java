package com.vivanta.ops.api.properties;

import java.util.UUID;

/**
 * The ownerships of one owner or of one property (exactly one of the two ids is given), within the
 * organization; empty when the owner or property is not theirs.
 */
public record FindOwnershipsQuery(UUID organizationId, UUID ownerId, UUID propertyId) {

    public static FindOwnershipsQuery ofOwner(UUID organizationId, UUID ownerId) {
        return new FindOwnershipsQuery(organizationId, ownerId, null);
    }

    public static FindOwnershipsQuery ofProperty(UUID organizationId, UUID propertyId) {
        return new FindOwnershipsQuery(organizationId, null, propertyId);
    }
}
