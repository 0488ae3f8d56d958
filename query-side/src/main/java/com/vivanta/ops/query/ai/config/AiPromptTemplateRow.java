package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiPromptTemplateVersionCreatedEvent;
import com.vivanta.ops.api.ai.AiPromptTemplateView;
import com.vivanta.ops.api.ai.AiScope;
import com.vivanta.ops.api.ai.AiSettings;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a prompt template; only {@code active} ever changes. {@code organizationId} owns the scope
 * (the platform organization for GLOBAL); {@code templateVersion} is the template's version, {@code version}
 * as in every row the sequence number of the last event reflected.
 */
@Entity
@Table(name = "ai_prompt_template_view")
class AiPromptTemplateRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiScope scope;
    @Column(name = "template_key", nullable = false)
    private String templateKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiCapability capability;
    @Column(name = "template_version", nullable = false)
    private int templateVersion;
    @Column(name = "system_prompt", nullable = false)
    private String systemPrompt;
    @Column(name = "user_prompt_template", nullable = false)
    private String userPromptTemplate;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AiPromptTemplateRow() {
    }

    AiPromptTemplateRow(AiPromptTemplateVersionCreatedEvent event, Instant at) {
        this.id = event.templateId();
        this.organizationId = event.organizationId();
        this.scope = event.scope();
        this.templateKey = event.templateKey();
        this.capability = event.capability();
        this.templateVersion = event.version();
        this.systemPrompt = event.systemPrompt();
        this.userPromptTemplate = event.userPromptTemplate();
        this.active = event.active();
        this.createdBy = event.createdBy();
        this.createdAt = at;
    }

    void active(boolean active) {
        this.active = active;
    }

    UUID organizationId() {
        return organizationId;
    }

    AiSettings.PromptTemplate toPromptTemplate() {
        return new AiSettings.PromptTemplate(id, templateKey, templateVersion, systemPrompt, userPromptTemplate,
                                             scope.name());
    }

    AiPromptTemplateView toView() {
        return new AiPromptTemplateView(id, scope, scope == AiScope.GLOBAL ? null : organizationId, templateKey,
                                        capability, templateVersion, systemPrompt, userPromptTemplate, active,
                                        createdBy, createdAt, updatedAt());
    }
}
