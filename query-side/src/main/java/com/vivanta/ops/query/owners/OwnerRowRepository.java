package com.vivanta.ops.query.owners;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OwnerRowRepository extends JpaRepository<OwnerRow, UUID>, JpaSpecificationExecutor<OwnerRow> {

    Optional<OwnerRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
