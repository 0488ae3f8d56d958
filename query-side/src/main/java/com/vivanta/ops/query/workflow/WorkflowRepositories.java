package com.vivanta.ops.query.workflow;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The runs of the {@code workflow-timeline} read model. */
interface WorkflowRunRepository extends JpaRepository<WorkflowRunRow, UUID>, JpaSpecificationExecutor<WorkflowRunRow>,
                                       PersistingRows<WorkflowRunRow> {

    Optional<WorkflowRunRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}

/** The entries of the {@code workflow-timeline} read model. */
interface WorkflowEntryRepository extends JpaRepository<WorkflowEntryRow, String> {

    List<WorkflowEntryRow> findByRunIdOrderByPositionAsc(UUID runId);
}
