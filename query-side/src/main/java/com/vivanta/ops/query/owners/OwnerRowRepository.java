package com.vivanta.ops.query.owners;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OwnerRowRepository extends JpaRepository<OwnerRow, UUID>, PersistingRows<OwnerRow>, JpaSpecificationExecutor<OwnerRow> {

    Optional<OwnerRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
