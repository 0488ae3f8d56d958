package com.vivanta.ops.query.task;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TaskRowRepository extends JpaRepository<TaskRow, UUID>, PersistingRows<TaskRow>, JpaSpecificationExecutor<TaskRow> {

    Optional<TaskRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
