package com.vivanta.ops.query.invoice;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InvoiceRowRepository extends JpaRepository<InvoiceRow, UUID>, PersistingRows<InvoiceRow>, JpaSpecificationExecutor<InvoiceRow> {

    Optional<InvoiceRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    Optional<InvoiceRow> findByExportIdAndOrganizationId(UUID exportId, UUID organizationId);
}
