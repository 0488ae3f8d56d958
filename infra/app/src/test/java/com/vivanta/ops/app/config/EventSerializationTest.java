package com.vivanta.ops.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.organization.OrganizationSlaPolicyChangedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/** How events with durations are stored: readable ISO-8601, in a stable order, and read back unchanged. */
class EventSerializationTest {

    private final Serializer events = new AxonConfiguration().eventSerializer();

    @Test
    void slaTargetsAreStoredAsIsoDurationsInPriorityOrderAndReadBackUnchanged() {
        UUID organizationId = UUID.randomUUID();
        OrganizationSlaPolicyChangedEvent event = new OrganizationSlaPolicyChangedEvent(
                organizationId, Map.of(CasePriority.URGENT, Duration.ofHours(4), CasePriority.HIGH, Duration.ofHours(24),
                                       CasePriority.NORMAL, Duration.ofMinutes(90).plusMillis(500),
                                       CasePriority.LOW, Duration.ofDays(7)));

        SerializedObject<byte[]> stored = events.serialize(event, byte[].class);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"organizationId\":\"" + organizationId + "\",\"resolutionTargets\":{\"LOW\":\"PT168H\","
                        + "\"NORMAL\":\"PT1H30M0.5S\",\"HIGH\":\"PT24H\",\"URGENT\":\"PT4H\"}}");
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat((Object) events.deserialize(stored)).isEqualTo(event);
    }
}
