package com.vivanta.ops.api.properties;

/** Criteria for listing properties; null means no restriction. {@code search} looks at name, code and city. */
public record PropertyFilter(PropertyStatus status, PropertyType propertyType, String search) {
}
