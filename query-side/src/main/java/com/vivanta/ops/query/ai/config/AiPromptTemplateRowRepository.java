package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.query.common.PersistingRows;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AiPromptTemplateRowRepository extends JpaRepository<AiPromptTemplateRow, UUID>, PersistingRows<AiPromptTemplateRow>,
        JpaSpecificationExecutor<AiPromptTemplateRow> {

    /** The version a scope uses for a capability: its highest active one, the newest on a tie between keys. */
    @Query("""
           SELECT t FROM AiPromptTemplateRow t
           WHERE t.organizationId = :organizationId AND t.capability = :capability AND t.active = true
           ORDER BY t.templateVersion DESC, t.createdAt DESC
           LIMIT 1
           """)
    Optional<AiPromptTemplateRow> inUse(UUID organizationId, AiCapability capability);
}
