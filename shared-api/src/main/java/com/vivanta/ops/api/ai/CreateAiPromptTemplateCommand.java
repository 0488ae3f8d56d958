package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds the next version of a prompt template in one scope (version 1 for a new key). {@code version} is the
 * version the caller expects to create, or null for "the next one". Answers the version created.
 */
public record CreateAiPromptTemplateCommand(@TargetAggregateIdentifier UUID configurationId,
                                            UUID templateId,
                                            String templateKey,
                                            AiCapability capability,
                                            Integer version,
                                            String systemPrompt,
                                            String userPromptTemplate,
                                            boolean active) {
}
