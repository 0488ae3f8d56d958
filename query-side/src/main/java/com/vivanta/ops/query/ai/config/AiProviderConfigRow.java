package com.vivanta.ops.query.ai.config;

import com.vivanta.ops.api.ai.AiProviderConfigView;
import com.vivanta.ops.api.ai.AiProviderConfiguredEvent;
import com.vivanta.ops.api.ai.AiProviderKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * One provider configuration; {@code version} is the sequence number, in its scope's configuration, of the
 * last event that changed it.
 */
@Entity
@Table(name = "ai_provider_config_view")
class AiProviderConfigRow extends ScopedRow {

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
        super(event.configId(), event.organizationId(), event.scope(), event.capability());
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

    AiProviderConfigView toView() {
        return new AiProviderConfigView(id(), scope(), shownOrganizationId(), capability(), enabled, provider, model,
                                        baseUrl, timeoutSeconds, apiKeyConfigured, updatedBy, updatedAt(),
                                        version());
    }
}
