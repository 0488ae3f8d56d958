package com.vivanta.ops.command.common;

import com.vivanta.ops.api.access.FindRolesQuery;
import com.vivanta.ops.api.access.FindUserQuery;
import com.vivanta.ops.api.access.RoleView;
import com.vivanta.ops.api.access.UserStatus;
import com.vivanta.ops.api.access.UserView;
import com.vivanta.ops.api.common.InvalidReferenceException;
import com.vivanta.ops.api.owners.FindOwnerQuery;
import com.vivanta.ops.api.owners.OwnerView;
import com.vivanta.ops.api.properties.FindPropertyQuery;
import com.vivanta.ops.api.properties.FindUnitQuery;
import com.vivanta.ops.api.properties.PropertyStatus;
import com.vivanta.ops.api.properties.PropertyView;
import com.vivanta.ops.api.properties.UnitView;
import com.vivanta.ops.api.vendors.FindVendorQuery;
import com.vivanta.ops.api.vendors.VendorView;
import com.vivanta.ops.platform.messaging.Futures;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Checks that ids a request names point at usable entities of the caller's organization before a command
 * is sent. Done through the query gateway, as the command side reaches read models only that way.
 */
@Component
public class References {

    private final QueryGateway queryGateway;

    References(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The property exists in the organization and is not archived; {@code null} (none) is always fine. */
    public void requireProperty(UUID organizationId, UUID propertyId, String field) {
        if (propertyId == null) {
            return;
        }
        PropertyView property = Futures.join(queryGateway.query(new FindPropertyQuery(organizationId, propertyId),
                                                                ResponseTypes.optionalInstanceOf(PropertyView.class)))
                                       .orElseThrow(() -> new InvalidReferenceException(
                                               field, propertyId, "no such property in this organization"));
        if (property.status() == PropertyStatus.ARCHIVED) {
            throw new InvalidReferenceException(field, propertyId, "the property is archived");
        }
    }

    /** The unit belongs to the given property of the organization; {@code null} (none) is always fine. */
    public void requireUnit(UUID organizationId, UUID propertyId, UUID unitId, String field) {
        if (unitId == null || propertyId == null) {
            return;
        }
        Futures.join(queryGateway.query(new FindUnitQuery(organizationId, propertyId, unitId),
                                        ResponseTypes.optionalInstanceOf(UnitView.class)))
               .orElseThrow(() -> new InvalidReferenceException(field, unitId, "no such unit in that property"));
    }

    /** The owner exists in the organization; {@code null} (none) is always fine. */
    public void requireOwner(UUID organizationId, UUID ownerId, String field) {
        if (ownerId != null && !ownerExists(organizationId, ownerId)) {
            throw new InvalidReferenceException(field, ownerId, "no such owner in this organization");
        }
    }

    public boolean ownerExists(UUID organizationId, UUID ownerId) {
        return Futures.join(queryGateway.query(new FindOwnerQuery(organizationId, ownerId),
                                               ResponseTypes.optionalInstanceOf(OwnerView.class))).isPresent();
    }

    /** Every role is one of the organization's. */
    public void requireRoles(UUID organizationId, Set<UUID> roleIds, String field) {
        if (roleIds.isEmpty()) {
            return;
        }
        Set<UUID> known = Futures.join(queryGateway.query(new FindRolesQuery(organizationId),
                                                          ResponseTypes.multipleInstancesOf(RoleView.class)))
                                 .stream().map(RoleView::id).collect(Collectors.toSet());
        roleIds.stream().filter(roleId -> !known.contains(roleId)).findFirst().ifPresent(unknown -> {
            throw new InvalidReferenceException(field, unknown, "no such role in this organization");
        });
    }

    /** The names of the organization's roles. */
    public Set<String> roleNames(UUID organizationId) {
        return Futures.join(queryGateway.query(new FindRolesQuery(organizationId),
                                               ResponseTypes.multipleInstancesOf(RoleView.class)))
                      .stream().map(RoleView::roleName).collect(Collectors.toSet());
    }

    /** The vendor exists in the organization; {@code null} (none) is always fine. */
    public void requireVendor(UUID organizationId, UUID vendorId, String field) {
        if (vendorId != null && Futures.join(queryGateway.query(new FindVendorQuery(organizationId, vendorId),
                                                                ResponseTypes.optionalInstanceOf(VendorView.class)))
                                       .isEmpty()) {
            throw new InvalidReferenceException(field, vendorId, "no such vendor in this organization");
        }
    }

    /** The user exists in the organization and is active; {@code null} (nobody) is always fine. */
    public void requireActiveUser(UUID organizationId, UUID userId, String field) {
        if (userId == null) {
            return;
        }
        UserView user = Futures.join(queryGateway.query(new FindUserQuery(organizationId, userId),
                                                        ResponseTypes.optionalInstanceOf(UserView.class)))
                               .orElseThrow(() -> new InvalidReferenceException(
                                       field, userId, "no such user in this organization"));
        if (user.status() != UserStatus.ACTIVE) {
            throw new InvalidReferenceException(field, userId, "the user is not active");
        }
    }
}
