package com.vivanta.ops.query.invoice;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApprovalFlowRowRepository extends JpaRepository<ApprovalFlowRow, UUID>, PersistingRows<ApprovalFlowRow>,
        JpaSpecificationExecutor<ApprovalFlowRow> {

    Optional<ApprovalFlowRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    String PENDING_FOR = """
            FROM approval_flow_view f
            WHERE f.organization_id = :organizationId
              AND f.status = 'PENDING'
              AND NOT f.barred_approvers @> jsonb_build_array(CAST(:userId AS text))
              AND (NOT f.exceeds_nte OR :mayExceedNte)
              AND EXISTS (SELECT 1 FROM approval_step_view s
                          WHERE s.flow_id = f.id AND s.status = 'PENDING' AND s.kind = 'STAFF'
                            AND (s.user_ids @> jsonb_build_array(CAST(:userId AS text))
                                 OR s.role_name IN (SELECT jsonb_array_elements_text(CAST(:roleNames AS jsonb)))
                                 OR (s.user_ids = CAST('[]' AS jsonb) AND s.role_name IS NULL
                                     AND :mayExceedNte)))
            """;

    /**
     * Pending flows whose open STAFF step names the user or one of the roles (a JSON array of names), less
     * those separation of duties keeps from the user: invoices they entered or submitted, and flows in
     * which they already approved a step. Invoices above their work order's ceiling, and the open step
     * added for them, only for those who may approve such invoices. Oldest first.
     */
    @Query(value = "SELECT f.* " + PENDING_FOR + " ORDER BY f.started_at, f.id",
           countQuery = "SELECT count(*) " + PENDING_FOR,
           nativeQuery = true)
    Page<ApprovalFlowRow> findPendingFor(@Param("organizationId") UUID organizationId,
                                         @Param("userId") String userId,
                                         @Param("roleNames") String roleNames,
                                         @Param("mayExceedNte") boolean mayExceedNte,
                                         Pageable window);
}

interface FlowInvoiceRowRepository extends JpaRepository<FlowInvoiceRow, UUID> {
}
