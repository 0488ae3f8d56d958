package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A prompt template version may be chosen again by the resolution. */
@Revision("1")
public record AiPromptTemplateActivatedEvent(UUID configurationId, UUID templateId, String activatedBy) {
}
