package com.vivanta.ops.api.task;

import java.util.Objects;
import java.util.UUID;

/** The entity of the same organization a task is about: its kind and its id. */
public record RelatedEntity(RelatedEntityType type, UUID id) {

    public RelatedEntity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
