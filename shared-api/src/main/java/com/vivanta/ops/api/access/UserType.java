package com.vivanta.ops.api.access;

/** What kind of person (or process) a user account stands for. */
public enum UserType {
    INTERNAL,
    OWNER,
    TENANT,
    VENDOR,
    SYSTEM
}
