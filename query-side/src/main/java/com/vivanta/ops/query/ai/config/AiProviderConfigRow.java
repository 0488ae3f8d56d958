package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiProviderConfigView;
import com.vivanta.ops.api.ai.AiProviderConfiguredEvent;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiScope;
import com.vivanta.ops.query.common.ReflectingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.UUID;

/**
 * One provider configuration. {@code organizationId} owns the scope (the platform organization for GLOBAL);
 * {@code version} is the sequence number, in its scope's configuration, of the last event that changed it.
 */
@Entity
@Table(name = "ai_provider_config_view")
class AiProviderConfigRow extends ReflectingRow {

    @Id
    private UUID id;
    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiScope scope;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiCapability capability;
    @Column(nullable = false)
    private boolean enabled;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiProviderKind provider;
    @Column(nullable = false)
    private String model;
    @Column(name = "base_url")
    private String baseUrl;
    @Column(name = "timeout_seconds", nullable = false)
    private int timeoutSeconds;
    @Column(name = "api_key_configured", nullable = false)
    private boolean apiKeyConfigured;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected AiProviderConfigRow() {
    }

    AiProviderConfigRow(AiProviderConfiguredEvent event) {
        this.id = event.configId();
        this.organizationId = event.organizationId();
        this.scope = event.scope();
        this.capability = event.capability();
    }

    void configure(AiProviderConfiguredEvent event) {
        enabled = event.enabled();
        provider = event.provider();
        model = event.model();
        baseUrl = event.baseUrl();
        timeoutSeconds = (int) event.timeout().toSeconds();
        apiKeyConfigured = event.apiKeyConfigured();
        updatedBy = event.configuredBy();
    }

    UUID id() {
        return id;
    }

    AiCapability capability() {
        return capability;
    }

    boolean enabled() {
        return enabled;
    }

    AiProviderKind provider() {
        return provider;
    }

    String model() {
        return model;
    }

    String baseUrl() {
        return baseUrl;
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    AiScope scope() {
        return scope;
    }

    UUID organizationId() {
        return organizationId;
    }

    AiProviderConfigView toView() {
        return new AiProviderConfigView(id, scope, scope == AiScope.GLOBAL ? null : organizationId, capability,
                                        enabled, provider, model, baseUrl, timeoutSeconds, apiKeyConfigured,
                                        updatedBy, updatedAt(), version());
    }
}
