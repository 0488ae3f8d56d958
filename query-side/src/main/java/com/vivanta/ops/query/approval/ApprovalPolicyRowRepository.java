package com.vivanta.ops.query.approval;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Keyed by the organization: it has one policy. */
interface ApprovalPolicyRowRepository extends JpaRepository<ApprovalPolicyRow, UUID>, PersistingRows<ApprovalPolicyRow> {
}
