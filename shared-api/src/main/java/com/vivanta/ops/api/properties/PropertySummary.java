package com.vivanta.ops.api.properties;

/** A property with the size of its portfolio entry. */
public record PropertySummary(PropertyView property, long buildingCount, long unitCount, long ownerCount) {
}
