package com.vivanta.ops.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.util.List;
import com.vivanta.ops.api.access.UserRegisteredEvent;
import com.vivanta.ops.api.organization.OrganizationCreatedEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** How events are stored: bytea JSON payloads, tenant/actor/correlation metadata, no oid anywhere. */
class EventStoreTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Environment environment;
    @Autowired
    private EventStore eventStore;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void serializedColumnsAreByteaAndNoColumnIsAnOid() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = 'public'
                  AND column_name IN ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')
                  AND table_name IN ('domain_event_entry', 'snapshot_event_entry', 'token_entry', 'saga_entry',
                                     'dead_letter_entry')
                """);
        assertThat(columns).extracting(row -> row.get("table_name") + "." + row.get("column_name"))
                           .contains("domain_event_entry.payload", "domain_event_entry.meta_data",
                                     "snapshot_event_entry.payload", "token_entry.token",
                                     "saga_entry.serialized_saga", "dead_letter_entry.payload",
                                     "dead_letter_entry.diagnostics");
        assertThat(columns).allSatisfy(row -> assertThat(row.get("data_type")).isEqualTo("bytea"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.columns "
                                               + "WHERE table_schema = 'public' AND data_type = 'oid'", Long.class))
                .isZero();
    }

    @Test
    void theGlobalIndexHasItsOwnSequenceWithIncrementOne() {
        assertThat(jdbc.queryForObject("SELECT increment FROM information_schema.sequences "
                                               + "WHERE sequence_name = 'domain_event_entry_global_index_seq'",
                                       String.class)).isEqualTo("1");
        assertThat(jdbc.queryForObject("SELECT column_default FROM information_schema.columns WHERE "
                                               + "table_name = 'domain_event_entry' AND column_name = 'global_index'",
                                       String.class)).contains("domain_event_entry_global_index_seq");
    }

    @Test
    void eventsAreJsonWithTheirRevisionAndCarryTenantActorAndCorrelation() throws Exception {
        Tenant tenant = tenants.newTenant();
        Member operator = tenants.member(tenant, "operations");
        String caseId = as(operator).header("X-Correlation-Id", "corr-event-store-1")
                                    .body(Map.of("caseType", "maintenance", "title", "Stored as JSON"))
                                    .post("/api/v1/cases")
                                    .then().statusCode(201).extract().path("data.id");

        Map<String, Object> row = jdbc.queryForMap("SELECT payload, payload_type, payload_revision, meta_data "
                                                           + "FROM domain_event_entry WHERE aggregate_identifier = ? "
                                                           + "AND sequence_number = 0", caseId);

        assertThat(row.get("payload_type")).isEqualTo("com.vivanta.ops.api.cases.CaseOpenedEvent");
        assertThat(row.get("payload_revision")).isEqualTo("1");
        JsonNode payload = json.readTree((byte[]) row.get("payload"));
        assertThat(payload.get("caseId").asText()).isEqualTo(caseId);
        assertThat(payload.get("title").asText()).isEqualTo("Stored as JSON");
        JsonNode metadata = json.readTree((byte[]) row.get("meta_data"));
        assertThat(metadata.get("organizationId").asText()).isEqualTo(tenant.organizationId().toString());
        assertThat(metadata.get("userId").asText()).isEqualTo(operator.userId().toString());
        assertThat(metadata.get("correlationId").asText()).isEqualTo("corr-event-store-1");
        assertThat(metadata.get("requestId").asText()).isNotBlank();
    }

    @Test
    void passwordHashesNeverEnterTheEventStream() {
        tenants.newTenant();
        List<byte[]> payloads = jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE payload_type = "
                                                          + "'com.vivanta.ops.api.access.UserRegisteredEvent'",
                                                  byte[].class);
        assertThat(payloads).isNotEmpty()
                            .allSatisfy(payload -> assertThat(new String(payload)).doesNotContain("$2a$")
                                                                                  .doesNotContain("password"));
    }

    /**
     * Axon skips its update checker in any test environment anyway, so what can be checked here is that
     * the application's own configuration switches it off (main() also sets the system property).
     */
    @Test
    void theApplicationsConfigurationSwitchesAxonsUpdateCheckerOff() {
        assertThat(environment.getProperty("axon.update-check.disabled", Boolean.class)).isTrue();
    }

    @Test
    void aSecondWriterToTheSameAggregateIsAConcurrencyConflictNotAStorageError() {
        String aggregateId = UUID.randomUUID().toString();
        append(aggregateId, 0);

        assertThatThrownBy(() -> append(aggregateId, 0)).isInstanceOf(AggregateStreamCreationException.class);
        append(aggregateId, 1);
        assertThatThrownBy(() -> append(aggregateId, 1)).isInstanceOf(ConcurrencyException.class);
    }

    @Test
    void aRevisionOneUserRegistrationIsUpcastWithoutAnOwnerLink() {
        UUID userId = UUID.randomUUID();
        UUID organizationId = UUID.randomUUID();
        String revisionOne = """
                {"userId":"%s","organizationId":"%s","email":"old@example.test","firstName":"Old",
                 "lastName":"Timer","userType":"INTERNAL","status":"ACTIVE","roleIds":[]}
                """.formatted(userId, organizationId);
        jdbc.update("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, 0, 'UserAccount', '2026-01-01T00:00:00Z', ?, '1', ?, ?)
                    """, UUID.randomUUID().toString(), userId.toString(), UserRegisteredEvent.class.getName(),
                    revisionOne.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        UserRegisteredEvent upcast = (UserRegisteredEvent) eventStore.readEvents(userId.toString()).next().getPayload();

        assertThat(upcast.email()).isEqualTo("old@example.test");
        assertThat(upcast.ownerId()).isNull();
        assertThat(upcast.organizationId()).isEqualTo(organizationId);
    }

    private void append(String aggregateId, long sequence) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(new GenericDomainEventMessage<>(
                "Probe", aggregateId, sequence, new OrganizationCreatedEvent(UUID.randomUUID(), "Probe", "probe"))));
    }
}
