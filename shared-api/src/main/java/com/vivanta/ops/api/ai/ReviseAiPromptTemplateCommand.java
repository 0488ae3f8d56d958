package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a prompt template version (a PATCH; {@code null} leaves a value). A version's text is never edited:
 * new text makes a new version, {@code newTemplateId}, of the same key. Activation changes the version itself.
 * Answers the id of the version that carries the result.
 */
public record ReviseAiPromptTemplateCommand(@TargetAggregateIdentifier UUID configurationId,
                                            UUID templateId,
                                            UUID newTemplateId,
                                            String systemPrompt,
                                            String userPromptTemplate,
                                            Boolean active) {
}
