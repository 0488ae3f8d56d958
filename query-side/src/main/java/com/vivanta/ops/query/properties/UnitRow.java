package com.vivanta.ops.query.properties;

import com.vivanta.ops.api.properties.OccupancyStatus;
import com.vivanta.ops.api.properties.UnitDetails;
import com.vivanta.ops.api.properties.UnitView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "unit_view")
class UnitRow {

    @Id
    private UUID id;
    @Column(name = "property_id", nullable = false)
    private UUID propertyId;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "building_id")
    private UUID buildingId;
    @Column(name = "unit_number", nullable = false)
    private String unitNumber;
    @Column(name = "floor_label")
    private String floorLabel;
    @Column(name = "unit_type")
    private String unitType;
    @Column(name = "square_meters")
    private BigDecimal squareMeters;
    @Column(name = "bedroom_count")
    private Integer bedroomCount;
    @Column(name = "bathroom_count")
    private BigDecimal bathroomCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "occupancy_status", nullable = false)
    private OccupancyStatus occupancyStatus;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UnitRow() {
    }

    UnitRow(UUID id, UUID propertyId, UUID organizationId, Instant createdAt) {
        this.id = id;
        this.propertyId = propertyId;
        this.organizationId = organizationId;
        this.createdAt = createdAt;
    }

    void revised(String unitNumber, UnitDetails details, Instant at) {
        this.unitNumber = unitNumber;
        this.buildingId = details.buildingId();
        this.floorLabel = details.floorLabel();
        this.unitType = details.unitType();
        this.squareMeters = details.squareMeters();
        this.bedroomCount = details.bedroomCount();
        this.bathroomCount = details.bathroomCount();
        this.occupancyStatus = details.occupancyStatus();
        this.updatedAt = at;
    }

    UnitView toView() {
        return new UnitView(id, propertyId, buildingId, unitNumber, floorLabel, unitType, squareMeters, bedroomCount,
                            bathroomCount, occupancyStatus, createdAt, updatedAt);
    }
}
