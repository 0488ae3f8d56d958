package com.vivanta.ops.api.properties;

/** ARCHIVED replaces deletion: an archived property keeps its history and can no longer be changed. */
public enum PropertyStatus {
    ACTIVE,
    INACTIVE,
    ARCHIVED
}
