package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.query.common.PersistingRows;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AiProviderConfigRowRepository extends JpaRepository<AiProviderConfigRow, UUID>, PersistingRows<AiProviderConfigRow> {

    Optional<AiProviderConfigRow> findByOrganizationIdAndCapability(UUID organizationId, AiCapability capability);

    /** The scope owners' configurations, own scope before GLOBAL (ORGANIZATION sorts first), by capability. */
    List<AiProviderConfigRow> findByOrganizationIdInOrderByScopeDescCapabilityAsc(List<UUID> organizationIds);
}
