package com.vivanta.ops.query.properties;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PropertyRowRepository extends JpaRepository<PropertyRow, UUID>, PersistingRows<PropertyRow>, JpaSpecificationExecutor<PropertyRow> {

    Optional<PropertyRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}

interface BuildingRowRepository extends JpaRepository<BuildingRow, UUID> {

    List<BuildingRow> findByPropertyIdAndOrganizationIdOrderByCreatedAtAscIdAsc(UUID propertyId, UUID organizationId);

    long countByPropertyId(UUID propertyId);
}

interface UnitRowRepository extends JpaRepository<UnitRow, UUID>, JpaSpecificationExecutor<UnitRow> {

    Optional<UnitRow> findByIdAndPropertyIdAndOrganizationId(UUID id, UUID propertyId, UUID organizationId);

    long countByPropertyId(UUID propertyId);
}

interface OwnershipRowRepository extends JpaRepository<OwnershipRow, OwnershipRow.Key> {

    List<OwnershipRow> findByKeyOwnerIdAndOrganizationIdOrderByLinkedAt(UUID ownerId, UUID organizationId);

    List<OwnershipRow> findByKeyPropertyIdAndOrganizationIdOrderByLinkedAt(UUID propertyId, UUID organizationId);

    long countByKeyPropertyId(UUID propertyId);
}
