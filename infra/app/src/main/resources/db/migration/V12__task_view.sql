-- Read model "task-view": tasks for lists, the my-work and review queues and detail screens, rebuilt
-- from events.
CREATE TABLE task_view (
    id                  UUID         NOT NULL,
    organization_id     UUID         NOT NULL,
    task_type           VARCHAR(80)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    description         TEXT,
    status              VARCHAR(20)  NOT NULL,
    priority            VARCHAR(10)  NOT NULL,
    -- URGENT 0 .. LOW 3, so that queues can sort by urgency in SQL.
    priority_rank       INTEGER      NOT NULL,
    assigned_user_id    UUID,
    related_entity_type VARCHAR(20),
    related_entity_id   UUID,
    due_at              TIMESTAMPTZ,
    completed_at        TIMESTAMPTZ,
    created_by          VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT task_view_pk PRIMARY KEY (id)
);
CREATE INDEX task_view_organization_updated_idx ON task_view (organization_id, updated_at DESC, id);
CREATE INDEX task_view_organization_status_idx ON task_view (organization_id, status);
CREATE INDEX task_view_organization_assignee_idx ON task_view (organization_id, assigned_user_id, status);
CREATE INDEX task_view_organization_related_idx ON task_view (organization_id, related_entity_type,
                                                              related_entity_id);
