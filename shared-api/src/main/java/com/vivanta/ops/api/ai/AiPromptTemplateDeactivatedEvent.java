package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A prompt template version is no longer chosen by the resolution; it stays readable. */
@Revision("1")
public record AiPromptTemplateDeactivatedEvent(UUID configurationId, UUID templateId, String deactivatedBy) {
}
