package com.vivanta.ops.query.organization;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaPolicyRowRepository extends JpaRepository<SlaPolicyRow, UUID> {
}
