package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A new version of a prompt template exists in one scope; its text never changes afterwards. */
@Revision("1")
public record AiPromptTemplateVersionCreatedEvent(UUID configurationId,
                                                  UUID organizationId,
                                                  AiScope scope,
                                                  UUID templateId,
                                                  String templateKey,
                                                  AiCapability capability,
                                                  int version,
                                                  String systemPrompt,
                                                  String userPromptTemplate,
                                                  boolean active,
                                                  String createdBy) {
}
