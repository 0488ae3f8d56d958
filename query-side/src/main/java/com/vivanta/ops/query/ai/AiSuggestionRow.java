package com.vivanta.ops.query.ai;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiSuggestionProposedEvent;
import com.vivanta.ops.api.ai.AiSuggestionStatus;
import com.vivanta.ops.api.ai.AiSuggestionType;
import com.vivanta.ops.api.ai.AiSuggestionView;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.api.ai.ProposedField;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the {@code ai-suggestion-view} read model. Every value is derived from the suggestion's events. */
@Entity
@Table(name = "ai_suggestion_view")
class AiSuggestionRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Column(name = "run_id")
    private UUID runId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiCapability capability;
    @Enumerated(EnumType.STRING)
    @Column(name = "suggestion_type", nullable = false)
    private AiSuggestionType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    private AiTargetType targetType;
    @Column(name = "target_id", nullable = false)
    private UUID targetId;
    @Column(name = "target_version", nullable = false)
    private long targetVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<ProposedField> fields = new ArrayList<>();
    @Column(nullable = false)
    private String reasoning;
    @Column(nullable = false)
    private String provider;
    @Column(nullable = false)
    private String model;
    @Column(name = "prompt_template_key", nullable = false)
    private String promptTemplateKey;
    @Column(name = "prompt_template_version", nullable = false)
    private int promptTemplateVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiSuggestionStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "final_values")
    private Map<String, String> finalValues;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "edited_fields")
    private List<String> editedFields;
    @Column(name = "settled_by")
    private String settledBy;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "superseded_by")
    private UUID supersededBy;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "settled_at")
    private Instant settledAt;

    protected AiSuggestionRow() {
    }

    AiSuggestionRow(AiSuggestionProposedEvent event, Instant at) {
        this.id = event.suggestionId();
        this.organizationId = event.organizationId();
        this.runId = event.runId();
        this.capability = event.capability();
        this.type = event.type();
        this.targetType = event.target().entityType();
        this.targetId = event.target().entityId();
        this.targetVersion = event.targetVersion();
        this.fields = new ArrayList<>(event.fields());
        this.reasoning = event.reasoning();
        this.provider = event.provider();
        this.model = event.model();
        this.promptTemplateKey = event.promptTemplateKey();
        this.promptTemplateVersion = event.promptTemplateVersion();
        this.status = AiSuggestionStatus.PROPOSED;
        this.expiresAt = event.expiresAt();
        this.proposedAt = at;
    }

    void applied(Map<String, String> finalValues, List<String> editedFields, String by, Instant at) {
        this.finalValues = new LinkedHashMap<>(finalValues);
        this.editedFields = new ArrayList<>(editedFields);
        settled(AiSuggestionStatus.APPLIED, by, at);
    }

    void rejected(String reason, String by, Instant at) {
        this.rejectionReason = reason;
        settled(AiSuggestionStatus.REJECTED, by, at);
    }

    void superseded(UUID newer, Instant at) {
        this.supersededBy = newer;
        settled(AiSuggestionStatus.SUPERSEDED, null, at);
    }

    void expired(Instant at) {
        settled(AiSuggestionStatus.EXPIRED, null, at);
    }

    private void settled(AiSuggestionStatus status, String by, Instant at) {
        this.status = status;
        this.settledBy = by;
        this.settledAt = at;
    }

    AiSuggestionView toView() {
        return new AiSuggestionView(id, organizationId, runId, capability, type, new AiTarget(targetType, targetId),
                                    targetVersion, List.copyOf(fields), reasoning, provider, model, promptTemplateKey,
                                    promptTemplateVersion, status,
                                    finalValues == null ? null : Map.copyOf(finalValues),
                                    editedFields == null ? null : List.copyOf(editedFields), settledBy,
                                    rejectionReason, supersededBy, expiresAt, proposedAt, settledAt, version());
    }
}
