-- Read model "workflow-timeline": one run per case, work order and invoice, and every event of the entity
-- (and of the AI runs and suggestions about it) as an entry of its run. Rebuilt from events.
CREATE TABLE workflow_run (
    id                   UUID         NOT NULL,
    organization_id      UUID         NOT NULL,
    workflow_type        VARCHAR(40)  NOT NULL,
    target_entity_type   VARCHAR(20)  NOT NULL,
    target_entity_id     UUID         NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    -- The entity's own status, the outcome of a finished run (EXPORTED, REJECTED, CLOSED ...).
    entity_status        VARCHAR(40)  NOT NULL,
    started_at           TIMESTAMPTZ  NOT NULL,
    completed_at         TIMESTAMPTZ,
    last_event_at        TIMESTAMPTZ  NOT NULL,
    entry_count          INTEGER      NOT NULL,
    -- The run's latest automated step: a FAILED one, not retried, makes the run FAILED.
    latest_ai_run_id     UUID,
    latest_ai_run_status VARCHAR(20),
    -- Sequence number of the entity's last event reflected, for read-your-writes.
    version              BIGINT       NOT NULL,
    CONSTRAINT workflow_run_pk PRIMARY KEY (id),
    CONSTRAINT workflow_run_target_uq UNIQUE (target_entity_type, target_entity_id)
);
CREATE INDEX workflow_run_organization_started_idx ON workflow_run (organization_id, started_at DESC, id);
CREATE INDEX workflow_run_organization_status_idx ON workflow_run (organization_id, status);

CREATE TABLE workflow_entry (
    -- The event's identifier: an event is entered once, however often it is delivered.
    id               VARCHAR(64)  NOT NULL,
    run_id           UUID         NOT NULL,
    organization_id  UUID         NOT NULL,
    -- The event's global position in the event store: the order of the timeline.
    position         BIGINT       NOT NULL,
    -- The aggregate that recorded the event (the entity, or an AI run or suggestion about it).
    aggregate_id     VARCHAR(64)  NOT NULL,
    event_type       VARCHAR(100) NOT NULL,
    occurred_at      TIMESTAMPTZ  NOT NULL,
    actor            VARCHAR(64),
    summary          VARCHAR(500) NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    correlation_id   VARCHAR(128),
    ai_run_id        UUID,
    ai_suggestion_id VARCHAR(64),
    CONSTRAINT workflow_entry_pk PRIMARY KEY (id),
    CONSTRAINT workflow_entry_run_fk FOREIGN KEY (run_id) REFERENCES workflow_run (id) ON DELETE CASCADE
);
CREATE INDEX workflow_entry_run_position_idx ON workflow_entry (run_id, position);
CREATE INDEX workflow_entry_aggregate_idx ON workflow_entry (aggregate_id);
