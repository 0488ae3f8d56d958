package com.vivanta.ops.query.organization;

import com.vivanta.ops.query.common.PersistingRows;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaPolicyRowRepository extends JpaRepository<SlaPolicyRow, UUID>, PersistingRows<SlaPolicyRow> {
}
