package com.vivanta.ops.query.properties;

import com.vivanta.ops.api.properties.Address;
import com.vivanta.ops.api.properties.PropertyStatus;
import com.vivanta.ops.api.properties.PropertyType;
import com.vivanta.ops.api.properties.PropertyView;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "property_view")
class PropertyRow extends ReflectingRow {

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
    @Column(nullable = false)
    private PropertyStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "property_type", nullable = false)
    private PropertyType propertyType;
    @Column(name = "manager_user_id")
    private UUID managerUserId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PropertyRow() {
    }

    PropertyRow(UUID id, UUID organizationId, Instant createdAt) {
        this.id = id;
        this.organizationId = organizationId;
        this.createdAt = createdAt;
    }

    PropertyView toView() {
        return new PropertyView(id, organizationId, propertyCode, name, street, city, postalCode, countryCode, status,
                                propertyType, managerUserId, createdAt, updatedAt(), version());
    }

    UUID id() {
        return id;
    }

    UUID organizationId() {
        return organizationId;
    }

    void details(String propertyCode, String name, Address address, PropertyType propertyType) {
        this.propertyCode = propertyCode;
        this.name = name;
        this.street = address.street();
        this.city = address.city();
        this.postalCode = address.postalCode();
        this.countryCode = address.countryCode();
        this.propertyType = propertyType;
    }

    void status(PropertyStatus status) {
        this.status = status;
    }

    void manager(UUID managerUserId) {
        this.managerUserId = managerUserId;
    }
}
