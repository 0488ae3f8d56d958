package com.vivanta.ops.api.properties;

public enum OccupancyStatus {
    VACANT,
    OCCUPIED,
    RESERVED,
    UNAVAILABLE
}
