package com.vivanta.ops.query.workorder;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WorkOrderRowRepository extends JpaRepository<WorkOrderRow, UUID>, PersistingRows<WorkOrderRow>, JpaSpecificationExecutor<WorkOrderRow> {

    Optional<WorkOrderRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
