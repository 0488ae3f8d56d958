package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiPromptTemplateVersionCreatedEvent;
import com.vivanta.ops.api.ai.AiPromptTemplateView;
import com.vivanta.ops.api.ai.AiSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a prompt template; only {@code active} ever changes. {@code templateVersion} is the
 * template's version, {@code version} as in every row the sequence number of the last event reflected.
 */
@Entity
@Table(name = "ai_prompt_template_view")
class AiPromptTemplateRow extends ScopedRow {

    @Column(name = "template_key", nullable = false)
    private String templateKey;
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
        super(event.templateId(), event.organizationId(), event.scope(), event.capability());
        this.templateKey = event.templateKey();
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

    AiSettings.PromptTemplate toPromptTemplate() {
        return new AiSettings.PromptTemplate(id(), templateKey, templateVersion, systemPrompt, userPromptTemplate,
                                             scope().name());
    }

    AiPromptTemplateView toView() {
        return new AiPromptTemplateView(id(), scope(), shownOrganizationId(), templateKey, capability(),
                                        templateVersion, systemPrompt, userPromptTemplate, active, createdBy,
                                        createdAt, updatedAt());
    }
}
