package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiCapability;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AiPromptTemplateRowRepository extends JpaRepository<AiPromptTemplateRow, UUID>,
        JpaSpecificationExecutor<AiPromptTemplateRow> {

    /** The version a scope uses for a capability: its highest active one, the newest on a tie between keys. */
    Optional<AiPromptTemplateRow> findFirstByOrganizationIdAndCapabilityAndActiveTrueOrderByTemplateVersionDescCreatedAtDesc(
            UUID organizationId, AiCapability capability);
}
