package com.vivanta.ops.command.common;

import java.util.UUID;

/**
 * A value that only one entity of a scope may hold, e.g. a property code within an organization.
 *
 * @param scope what the value must be unique within, e.g. {@code property-code/<organization id>}
 * @param value the value as compared (see {@link Normalization#comparable}), so that "ab-1" and " AB-1" collide
 * @param field the request field named when the value is taken
 */
public record UniqueKey(String scope, String value, String field) {

    /** A value unique per organization (or per any other owning entity). */
    public static UniqueKey within(UUID container, String kind, String value, String field) {
        return new UniqueKey(scope(container, kind), Normalization.comparable(value, field), field);
    }

    /** The scope of the values of one kind within a container, e.g. {@code role-name/<organization id>}. */
    static String scope(UUID container, String kind) {
        return kind + "/" + container;
    }
}
