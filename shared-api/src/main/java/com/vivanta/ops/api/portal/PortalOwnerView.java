package com.vivanta.ops.api.portal;

import com.vivanta.ops.api.owners.OwnerStatus;
import java.util.UUID;

/** The owner a portal user stands for, as the owner may see it. */
public record PortalOwnerView(UUID id,
                              UUID organizationId,
                              String displayName,
                              String email,
                              String phone,
                              boolean isCompany,
                              OwnerStatus status) {
}
