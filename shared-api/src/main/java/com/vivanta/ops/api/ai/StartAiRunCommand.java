package com.vivanta.ops.api.ai;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a provider is being asked. {@code target} is null for a GENERAL run about nothing in
 * particular; {@code trigger} names what started it ({@code case_opened}, {@code invoice_review_requested},
 * {@code manual}). The provider, model, template and input hash make the run reproducible.
 */
public record StartAiRunCommand(@TargetAggregateIdentifier UUID runId,
                                AiCapability capability,
                                AiTarget target,
                                String trigger,
                                AiProviderKind provider,
                                String model,
                                String promptTemplateKey,
                                int promptTemplateVersion,
                                String inputHash) {
}
