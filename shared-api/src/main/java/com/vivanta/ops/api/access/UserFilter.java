package com.vivanta.ops.api.access;

/** Criteria for listing users; {@code search} looks at e-mail and names. */
public record UserFilter(UserStatus status, UserType userType, String search) {
}
