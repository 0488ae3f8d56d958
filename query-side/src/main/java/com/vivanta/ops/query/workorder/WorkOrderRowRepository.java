package com.vivanta.ops.query.workorder;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WorkOrderRowRepository extends JpaRepository<WorkOrderRow, UUID>, JpaSpecificationExecutor<WorkOrderRow> {

    Optional<WorkOrderRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
