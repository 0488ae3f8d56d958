-- Read model "audit-log": one row per event of the event store, with the columns the audit log filters on
-- pulled out of the event's metadata (which the store keeps as JSON in bytea, not searchable). Rebuilt
-- from the events like every read model; nothing else writes it.
CREATE TABLE audit_entry (
    event_id           VARCHAR(255) NOT NULL,
    global_index       BIGINT       NOT NULL,
    occurred_at        TIMESTAMPTZ  NOT NULL,
    aggregate_type     VARCHAR(255),
    -- aggregate_type lower-cased without punctuation, so that "work-order" finds "WorkOrder".
    entity_type        VARCHAR(255),
    aggregate_id       VARCHAR(255),
    aggregate_sequence BIGINT,
    event_type         VARCHAR(255) NOT NULL,
    -- NULL for events stored on behalf of no organization; those never show in any tenant's log.
    organization_id    UUID,
    actor_user_id      VARCHAR(255),
    correlation_id     VARCHAR(255),
    request_id         VARCHAR(255),
    ai_suggestion_id   VARCHAR(255),
    payload            JSONB        NOT NULL,
    CONSTRAINT audit_entry_pk PRIMARY KEY (event_id),
    CONSTRAINT audit_entry_global_index_uk UNIQUE (global_index)
);

-- Every query is one organization's, newest first; each filter gets an index that serves it in that order.
CREATE INDEX audit_entry_organization_idx ON audit_entry (organization_id, global_index DESC);
CREATE INDEX audit_entry_entity_idx ON audit_entry (organization_id, entity_type, aggregate_id, global_index DESC);
CREATE INDEX audit_entry_aggregate_idx ON audit_entry (organization_id, aggregate_id, global_index DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (organization_id, actor_user_id, global_index DESC);
CREATE INDEX audit_entry_event_type_idx ON audit_entry (organization_id, event_type, global_index DESC);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (organization_id, occurred_at);
