package com.vivanta.ops.query.properties;

import com.vivanta.ops.api.access.Permission;
import com.vivanta.ops.api.common.NotFoundException;
import com.vivanta.ops.api.owners.FindOwnerQuery;
import com.vivanta.ops.api.owners.OwnerView;
import com.vivanta.ops.api.properties.FindOwnershipsQuery;
import com.vivanta.ops.api.properties.FindPropertyQuery;
import com.vivanta.ops.api.properties.Ownership;
import com.vivanta.ops.api.properties.OwnershipView;
import com.vivanta.ops.api.properties.PropertyView;
import com.vivanta.ops.platform.messaging.Futures;
import com.vivanta.ops.platform.security.CurrentActor;
import com.vivanta.ops.platform.security.RequirePermissions;
import com.vivanta.ops.platform.web.ApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The properties an owner holds, with the terms of each ownership. */
@RestController
class OwnerPropertiesQueryController {

    private final QueryGateway queryGateway;

    OwnerPropertiesQueryController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    record OwnedProperty(PropertyView property, Ownership ownership, Instant linkedAt) {
    }

    @GetMapping("/api/v1/owners/{ownerId}/properties")
    @RequirePermissions({Permission.OWNER_READ, Permission.PROPERTY_READ})
    ApiResponse<List<OwnedProperty>> properties(@PathVariable UUID ownerId) {
        UUID organizationId = CurrentActor.get().organizationId();
        Futures.join(queryGateway.query(new FindOwnerQuery(organizationId, ownerId),
                                        ResponseTypes.optionalInstanceOf(OwnerView.class)))
               .orElseThrow(() -> new NotFoundException("Owner", ownerId));
        List<OwnershipView> ownerships = Futures.join(queryGateway.query(
                FindOwnershipsQuery.ofOwner(organizationId, ownerId),
                ResponseTypes.multipleInstancesOf(OwnershipView.class)));
        return ApiResponse.ofAll(ownerships.stream().map(ownership -> new OwnedProperty(
                Futures.join(queryGateway.query(new FindPropertyQuery(organizationId, ownership.propertyId()),
                                                ResponseTypes.optionalInstanceOf(PropertyView.class)))
                       .orElseThrow(() -> new NotFoundException("Property", ownership.propertyId())),
                ownership.ownership(), ownership.linkedAt())).toList());
    }
}
