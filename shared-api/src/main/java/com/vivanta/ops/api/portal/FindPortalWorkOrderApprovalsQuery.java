package com.vivanta.ops.api.portal;

/** Work orders whose cost waits for this owner's answer, on properties the owner holds. */
public record FindPortalWorkOrderApprovalsQuery(PortalScope scope) {
}
