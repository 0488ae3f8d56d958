package com.vivanta.ops.api.ai;

import java.util.UUID;

/**
 * What a provider configuration command answers: the configuration's id and the sequence number of the event
 * that last changed it, which is the version its view shows once it reflects the command.
 */
public record AiProviderConfigChange(UUID configId, long version) {
}
