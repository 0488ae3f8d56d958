package com.vivanta.ops.api.common;

import java.util.Map;

/**
 * The actor may not take this action on this entity, although the route's permissions let them try:
 * separation of duties, not being the step's approver, or lacking a permission the entity's state calls
 * for (answered as 403 with the code).
 */
public class ActionNotPermittedException extends DomainException {

    public ActionNotPermittedException(String code, String message, Map<String, Object> details) {
        super(code, message, details);
    }
}
