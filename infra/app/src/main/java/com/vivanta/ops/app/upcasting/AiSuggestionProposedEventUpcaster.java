package com.vivanta.ops.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vivanta.ops.api.ai.AiSuggestionProposedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@link AiSuggestionProposedEvent} revision 1 did not name the run the suggestion came from. */
@Component
@Order(0)
public class AiSuggestionProposedEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(AiSuggestionProposedEvent.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(AiSuggestionProposedEvent.class.getName(), "2"),
                                            JsonNode.class, payload -> {
                                                ((ObjectNode) payload).putNull("runId");
                                                return payload;
                                            });
    }
}
