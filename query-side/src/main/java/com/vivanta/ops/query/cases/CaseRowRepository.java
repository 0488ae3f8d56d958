package com.vivanta.ops.query.cases;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CaseRowRepository extends JpaRepository<CaseRow, UUID>, JpaSpecificationExecutor<CaseRow> {

    Optional<CaseRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
