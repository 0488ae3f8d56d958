package com.vivanta.ops.query.cases;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseRowRepository extends JpaRepository<CaseRow, UUID>, PersistingRows<CaseRow>, JpaSpecificationExecutor<CaseRow> {

    Optional<CaseRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
