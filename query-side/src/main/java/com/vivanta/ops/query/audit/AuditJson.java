package com.vivanta.ops.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.vivanta.ops.api.audit.AuditEntryView;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;

/**
 * An audit entry's payload is JSON text already (shared-api records carry no Jackson annotations): the
 * API writes it into the answer as the JSON object it is, not as a string holding JSON.
 */
@Component
class AuditJson implements Jackson2ObjectMapperBuilderCustomizer {

    @Override
    public void customize(Jackson2ObjectMapperBuilder builder) {
        builder.mixIn(AuditEntryView.class, PayloadAsJson.class);
    }

    private interface PayloadAsJson {

        @JsonRawValue
        String payload();
    }
}
