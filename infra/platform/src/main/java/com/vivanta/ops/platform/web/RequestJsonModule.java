package com.vivanta.ops.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ReferenceType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * How request bodies are read, beyond plain Jackson:
 * <ul>
 *   <li>PATCH semantics for {@link Optional} fields: an absent property becomes {@code null} ("leave it as
 *       it is"), JSON {@code null} becomes {@code Optional.empty()} ("clear it"), a value becomes
 *       {@code Optional.of(value)}. Jackson alone turns both of the first two into an empty Optional,
 *       which would make every PATCH clear what it does not mention.</li>
 *   <li>Text may not contain NUL characters, which PostgreSQL cannot store.</li>
 *   <li>Instants and dates must lie between the years 0001 and 9999 ({@link PlausibleInstants}).</li>
 *   <li>Dates are plain calendar dates ({@code 2026-12-01}). Jackson alone also takes a date-time and
 *       keeps its UTC day, an array or an epoch day; a caller's time zone must not decide the day.</li>
 * </ul>
 * Every refusal is a 400 naming the field, never a failure further down.
 */
@Component
public class RequestJsonModule extends SimpleModule {

    public RequestJsonModule() {
        super("vivanta-request-json");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                if (description.getBeanClass() == String.class) {
                    return new Checked(deserializer, String.class);
                }
                if (description.getBeanClass() == Instant.class) {
                    return new Checked(deserializer, Instant.class);
                }
                if (description.getBeanClass() == LocalDate.class) {
                    return new Checked(deserializer, LocalDate.class);
                }
                return deserializer;
            }

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

    /** Reads the value as usual, then refuses NUL characters in text and implausible instants and dates. */
    private static final class Checked extends DelegatingDeserializer {

        private static final Pattern PLAIN_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        private final Class<?> type;

        Checked(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checked(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String dateText = type == LocalDate.class && parser.hasToken(JsonToken.VALUE_STRING)
                    ? parser.getText().trim() : null;
            Object value = super.deserialize(parser, context);
            if (type == LocalDate.class && (dateText == null || !PLAIN_DATE.matcher(dateText).matches()
                    || !(value instanceof LocalDate date) || !PlausibleInstants.accepts(date))) {
                throw new InvalidRequestValueException(parser, dateText, type, PlausibleInstants.DATE_REASON);
            }
            if (value instanceof String text && text.indexOf('\u0000') >= 0) {
                throw new InvalidRequestValueException(parser, text, type, "must not contain NUL characters");
            }
            if (value instanceof Instant instant && !PlausibleInstants.accepts(instant)) {
                throw new InvalidRequestValueException(parser, instant, type, PlausibleInstants.REASON);
            }
            return value;
        }
    }
}
