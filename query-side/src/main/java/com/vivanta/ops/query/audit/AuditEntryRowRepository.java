package com.vivanta.ops.query.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditEntryRowRepository extends JpaRepository<AuditEntryRow, String>,
        JpaSpecificationExecutor<AuditEntryRow> {
}
