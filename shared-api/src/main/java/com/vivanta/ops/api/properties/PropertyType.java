package com.vivanta.ops.api.properties;

public enum PropertyType {
    RESIDENTIAL,
    COMMERCIAL,
    MIXED_USE,
    INDUSTRIAL,
    LAND,
    OTHER
}
