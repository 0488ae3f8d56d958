package com.vivanta.ops.query.properties;

import com.vivanta.ops.api.properties.BuildingView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "building_view")
class BuildingRow {

    @Id
    private UUID id;
    @Column(name = "property_id", nullable = false)
    private UUID propertyId;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    private String name;
    @Column(name = "building_code")
    private String buildingCode;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BuildingRow() {
    }

    BuildingRow(UUID id, UUID propertyId, UUID organizationId, Instant createdAt) {
        this.id = id;
        this.propertyId = propertyId;
        this.organizationId = organizationId;
        this.createdAt = createdAt;
    }

    void revised(String name, String buildingCode, Instant at) {
        this.name = name;
        this.buildingCode = buildingCode;
        this.updatedAt = at;
    }

    BuildingView toView() {
        return new BuildingView(id, propertyId, name, buildingCode, createdAt, updatedAt);
    }
}
