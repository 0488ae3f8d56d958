package com.vivanta.ops.query.vendors;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface VendorRowRepository extends JpaRepository<VendorRow, UUID>, PersistingRows<VendorRow>, JpaSpecificationExecutor<VendorRow> {

    Optional<VendorRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
