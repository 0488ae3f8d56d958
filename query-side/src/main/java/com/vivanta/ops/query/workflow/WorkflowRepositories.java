package com.vivanta.ops.query.workflow;

import com.vivanta.ops.api.workflow.WorkflowEntryStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The runs of the {@code workflow-timeline} read model. */
interface WorkflowRunRepository extends JpaRepository<WorkflowRunRow, UUID>, JpaSpecificationExecutor<WorkflowRunRow> {

    Optional<WorkflowRunRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}

/** The entries of the {@code workflow-timeline} read model. */
interface WorkflowEntryRepository extends JpaRepository<WorkflowEntryRow, String> {

    List<WorkflowEntryRow> findByRunIdOrderByPositionAsc(UUID runId);

    /** Any entry an aggregate recorded: it tells which run an AI run's or suggestion's later events belong to. */
    Optional<WorkflowEntryRow> findFirstByAggregateId(String aggregateId);

    /** An AI run answered: its start and retry entries take the outcome. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE WorkflowEntryRow e SET e.status = :outcome "
            + "WHERE e.aggregateId = :aggregateId AND e.status = :running")
    void settle(@Param("aggregateId") String aggregateId, @Param("outcome") WorkflowEntryStatus outcome,
                @Param("running") WorkflowEntryStatus running);
}
