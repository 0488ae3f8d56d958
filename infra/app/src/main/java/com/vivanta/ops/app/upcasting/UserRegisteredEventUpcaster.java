package com.vivanta.ops.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vivanta.ops.api.access.UserRegisteredEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@link UserRegisteredEvent} revision 1 knew no owner link; such users were never portal users. */
@Component
@Order(0)
public class UserRegisteredEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(UserRegisteredEvent.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(UserRegisteredEvent.class.getName(), "2"),
                                            JsonNode.class, payload -> {
                                                ((ObjectNode) payload).putNull("ownerId");
                                                return payload;
                                            });
    }
}
