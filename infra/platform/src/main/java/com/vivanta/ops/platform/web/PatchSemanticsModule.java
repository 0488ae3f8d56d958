package com.vivanta.ops.platform.web;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ReferenceType;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Gives request bodies PATCH semantics for {@link Optional} fields: a property that is absent becomes
 * {@code null} ("leave it as it is"), a property sent as JSON {@code null} becomes {@code Optional.empty()}
 * ("clear it"), and a value becomes {@code Optional.of(value)}. Jackson alone turns both of the first two
 * into an empty Optional, which would make every PATCH clear what it does not mention.
 */
@Component
public class PatchSemanticsModule extends SimpleModule {

    public PatchSemanticsModule() {
        super("vivanta-patch-semantics");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyReferenceDeserializer(DeserializationConfig config, ReferenceType type,
                                                                   BeanDescription description,
                                                                   JsonDeserializer<?> deserializer) {
                return type.hasRawClass(Optional.class) ? new AbsentAsNull(deserializer) : deserializer;
            }
        });
    }

    private static final class AbsentAsNull extends DelegatingDeserializer {

        AbsentAsNull(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new AbsentAsNull(newDelegatee);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
