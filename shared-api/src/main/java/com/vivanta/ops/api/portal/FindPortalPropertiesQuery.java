package com.vivanta.ops.api.portal;

/** The properties the owner holds today, by name. */
public record FindPortalPropertiesQuery(PortalScope scope, int limit, int offset) {
}
