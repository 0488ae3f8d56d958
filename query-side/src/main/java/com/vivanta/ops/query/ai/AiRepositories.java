package com.vivanta.ops.query.ai;

import com.vivanta.ops.api.ai.AiSuggestionStatus;
import com.vivanta.ops.query.common.PersistingRows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

// The tables of the AI read models.

interface AiRunRowRepository extends JpaRepository<AiRunRow, UUID>, PersistingRows<AiRunRow>, JpaSpecificationExecutor<AiRunRow> {

    Optional<AiRunRow> findByIdAndOrganizationId(UUID id, UUID organizationId);
}

interface AiRunEvaluationRowRepository extends JpaRepository<AiRunEvaluationRow, UUID> {

    List<AiRunEvaluationRow> findByRunIdAndOrganizationIdOrderByEvaluatedAtDescIdAsc(UUID runId, UUID organizationId);
}

interface AiSuggestionRowRepository extends JpaRepository<AiSuggestionRow, UUID>, PersistingRows<AiSuggestionRow>,
                                            JpaSpecificationExecutor<AiSuggestionRow> {

    Optional<AiSuggestionRow> findByIdAndOrganizationId(UUID id, UUID organizationId);

    List<AiSuggestionRow> findByStatusAndExpiresAtLessThanEqualOrderByExpiresAt(AiSuggestionStatus status,
                                                                               Instant expiresAt, Limit limit);
}
