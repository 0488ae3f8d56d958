package com.vivanta.ops.api.access;

/** Only ACTIVE users may sign in and use the API. */
public enum UserStatus {
    ACTIVE,
    INACTIVE,
    SUSPENDED,
    INVITED
}
