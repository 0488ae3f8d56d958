package com.vivanta.ops.query.portal;

import com.vivanta.ops.api.portal.PortalOwnershipTerms;
import com.vivanta.ops.api.portal.PortalPropertyView;
import com.vivanta.ops.api.properties.Address;
import com.vivanta.ops.api.properties.PropertyStatus;
import com.vivanta.ops.api.properties.PropertyType;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "portal_property")
class PortalPropertyRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "property_code", nullable = false)
    private String propertyCode;
    @Column(nullable = false)
    private String name;
    private String street;
    private String city;
    @Column(name = "postal_code")
    private String postalCode;
    @Column(name = "country_code")
    private String countryCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "property_type", nullable = false)
    private PropertyType propertyType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PropertyStatus status;

    protected PortalPropertyRow() {
    }

    PortalPropertyRow(UUID id, UUID organizationId) {
        this.id = id;
        this.organizationId = organizationId;
    }

    UUID organizationId() {
        return organizationId;
    }

    void details(String propertyCode, String name, Address address, PropertyType propertyType) {
        Address known = address == null ? Address.NONE : address;
        this.propertyCode = propertyCode;
        this.name = name;
        this.street = known.street();
        this.city = known.city();
        this.postalCode = known.postalCode();
        this.countryCode = known.countryCode();
        this.propertyType = propertyType;
    }

    void status(PropertyStatus status) {
        this.status = status;
    }

    PortalPropertyView toView(PortalOwnershipTerms ownership) {
        return new PortalPropertyView(id, propertyCode, name, new Address(street, city, postalCode, countryCode),
                                      propertyType, status, ownership, updatedAt());
    }
}
