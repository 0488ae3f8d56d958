package com.vivanta.ops.api.properties;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The property left the portfolio; it stays on record, unchangeable. */
@Revision("1")
public record PropertyArchivedEvent(UUID propertyId, PropertyStatus previousStatus, String reason) {
}
