package com.vivanta.ops.api.ai;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider's validated answer (status COMPLETED). */
@Revision("1")
public record AiRunCompletedEvent(UUID runId,
                                  String output,
                                  double confidence,
                                  long latencyMs,
                                  List<UUID> suggestionIds) {
}
