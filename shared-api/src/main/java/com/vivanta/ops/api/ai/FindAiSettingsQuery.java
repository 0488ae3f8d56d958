package com.vivanta.ops.api.ai;

import java.util.UUID;

/** Answers the {@link AiSettings} in force for one organization and capability. */
public record FindAiSettingsQuery(UUID organizationId, AiCapability capability) {
}
