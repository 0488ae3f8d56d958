-- API keys of AI provider configurations, beside the event store and written in the same transaction as the
-- configuration's event, so that no key ever enters the (append-only, replayable) event stream or a read
-- model. Command-side state: a rebuild does not touch it.
CREATE TABLE ai_provider_key (
    config_id  UUID         NOT NULL,
    api_key    VARCHAR(500) NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT ai_provider_key_pk PRIMARY KEY (config_id)
);

-- Read model "ai-provider-config": one provider configuration per scope and capability, rebuilt from events.
-- organization_id owns the scope: a tenant, or the platform organization for the GLOBAL scope.
CREATE TABLE ai_provider_config_view (
    id                 UUID         NOT NULL,
    organization_id    UUID         NOT NULL,
    scope              VARCHAR(20)  NOT NULL,
    capability         VARCHAR(40)  NOT NULL,
    enabled            BOOLEAN      NOT NULL,
    provider           VARCHAR(20)  NOT NULL,
    model              VARCHAR(120) NOT NULL,
    base_url           VARCHAR(500),
    timeout_seconds    INTEGER      NOT NULL,
    api_key_configured BOOLEAN      NOT NULL,
    updated_by         VARCHAR(64)  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT ai_provider_config_view_pk PRIMARY KEY (id),
    CONSTRAINT ai_provider_config_view_capability_uq UNIQUE (organization_id, capability)
);

-- Read model "ai-prompt-template": every version of every prompt template, rebuilt from events.
CREATE TABLE ai_prompt_template_view (
    id                   UUID         NOT NULL,
    organization_id      UUID         NOT NULL,
    scope                VARCHAR(20)  NOT NULL,
    template_key         VARCHAR(120) NOT NULL,
    capability           VARCHAR(40)  NOT NULL,
    template_version     INTEGER      NOT NULL,
    system_prompt        TEXT         NOT NULL,
    user_prompt_template TEXT         NOT NULL,
    active               BOOLEAN      NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT ai_prompt_template_view_pk PRIMARY KEY (id),
    CONSTRAINT ai_prompt_template_view_version_uq UNIQUE (organization_id, template_key, template_version)
);
-- Resolution: the highest active version of a capability in a scope.
CREATE INDEX ai_prompt_template_view_capability_idx ON ai_prompt_template_view (organization_id, capability,
                                                                                 active, template_version DESC);
