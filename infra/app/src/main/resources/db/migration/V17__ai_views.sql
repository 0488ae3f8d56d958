-- Read model "ai-run-view": AI runs and the operators' feedback on them, rebuilt from events.
CREATE TABLE ai_run_view (
    id                      UUID         NOT NULL,
    organization_id         UUID         NOT NULL,
    capability              VARCHAR(40)  NOT NULL,
    target_type             VARCHAR(20),
    target_id               UUID,
    run_trigger             VARCHAR(60)  NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    provider                VARCHAR(20)  NOT NULL,
    model                   VARCHAR(120) NOT NULL,
    prompt_template_key     VARCHAR(120) NOT NULL,
    prompt_template_version INTEGER      NOT NULL,
    input_hash              VARCHAR(80)  NOT NULL,
    output                  TEXT,
    confidence              DOUBLE PRECISION,
    latency_ms              BIGINT,
    failure_code            VARCHAR(40),
    failure_reason          TEXT,
    attempt                 INTEGER      NOT NULL,
    suggestion_ids          JSONB        NOT NULL,
    started_by              VARCHAR(64)  NOT NULL,
    started_at              TIMESTAMPTZ  NOT NULL,
    completed_at            TIMESTAMPTZ,
    updated_at              TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL,
    CONSTRAINT ai_run_view_pk PRIMARY KEY (id)
);
CREATE INDEX ai_run_view_organization_started_idx ON ai_run_view (organization_id, started_at DESC, id);
CREATE INDEX ai_run_view_organization_target_idx ON ai_run_view (organization_id, target_type, target_id);

CREATE TABLE ai_run_evaluation (
    id              UUID             NOT NULL,
    run_id          UUID             NOT NULL,
    organization_id UUID             NOT NULL,
    suggestion_id   UUID,
    outcome         VARCHAR(20)      NOT NULL,
    score           DOUBLE PRECISION,
    notes           TEXT,
    evaluated_by    VARCHAR(64)      NOT NULL,
    evaluated_at    TIMESTAMPTZ      NOT NULL,
    CONSTRAINT ai_run_evaluation_pk PRIMARY KEY (id)
);
CREATE INDEX ai_run_evaluation_run_idx ON ai_run_evaluation (run_id, evaluated_at DESC);

-- Read model "ai-suggestion-view": suggestions and what became of them.
CREATE TABLE ai_suggestion_view (
    id                      UUID         NOT NULL,
    organization_id         UUID         NOT NULL,
    run_id                  UUID,
    capability              VARCHAR(40)  NOT NULL,
    suggestion_type         VARCHAR(40)  NOT NULL,
    target_type             VARCHAR(20)  NOT NULL,
    target_id               UUID         NOT NULL,
    target_version          BIGINT       NOT NULL,
    fields                  JSONB        NOT NULL,
    reasoning               TEXT         NOT NULL,
    provider                VARCHAR(20)  NOT NULL,
    model                   VARCHAR(120) NOT NULL,
    prompt_template_key     VARCHAR(120) NOT NULL,
    prompt_template_version INTEGER      NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    final_values            JSONB,
    edited_fields           JSONB,
    settled_by              VARCHAR(64),
    rejection_reason        TEXT,
    superseded_by           UUID,
    expires_at              TIMESTAMPTZ  NOT NULL,
    proposed_at             TIMESTAMPTZ  NOT NULL,
    settled_at              TIMESTAMPTZ,
    updated_at              TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL,
    CONSTRAINT ai_suggestion_view_pk PRIMARY KEY (id)
);
CREATE INDEX ai_suggestion_view_organization_proposed_idx ON ai_suggestion_view (organization_id, proposed_at DESC, id);
CREATE INDEX ai_suggestion_view_organization_target_idx ON ai_suggestion_view (organization_id, target_type, target_id,
                                                                               status);
CREATE INDEX ai_suggestion_view_run_idx ON ai_suggestion_view (run_id);
