package com.vivanta.ops.query.approval;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Keyed by the organization: it has one policy. */
interface ApprovalPolicyRowRepository extends JpaRepository<ApprovalPolicyRow, UUID> {
}
