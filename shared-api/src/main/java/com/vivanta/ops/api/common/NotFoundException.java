package com.vivanta.ops.api.common;

import java.util.Map;

/**
 * The entity does not exist for the caller. Another organization's entity is reported exactly like a
 * missing one, so that no tenant can learn what another tenant holds.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String entityType, Object id) {
        super("NOT_FOUND", entityType + " " + id + " was not found", Map.of("entityType", entityType, "id", String.valueOf(id)));
    }
}
