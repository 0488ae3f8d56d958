package com.vivanta.ops.app.workflow;

import static com.vivanta.ops.api.common.MessageMetadata.CORRELATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.ORGANIZATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiRunCompletedEvent;
import com.vivanta.ops.api.ai.AiRunFailedEvent;
import com.vivanta.ops.api.ai.AiRunRetryRequestedEvent;
import com.vivanta.ops.api.ai.AiRunStartedEvent;
import com.vivanta.ops.api.ai.AiSuggestionProposedEvent;
import com.vivanta.ops.api.ai.AiSuggestionRejectedEvent;
import com.vivanta.ops.api.ai.AiSuggestionType;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.api.ai.ProposedField;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * AI runs as the timeline's automated steps. The AI run and suggestion events are appended to the event
 * store as their aggregates would append them, so the projection is tested on exactly what it consumes.
 */
class WorkflowAiStepTest extends ApiTest {

    @Autowired
    private EventStore eventStore;

    private Tenant tenant;
    private Member operator;
    private String caseId;
    private String timelinePath;

    @BeforeEach
    void aCase() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
        caseId = as(operator).body(Map.of("caseType", "maintenance", "title", "No heating"))
                             .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        timelinePath = "/api/v1/cases/" + caseId + "/timeline";
    }

    private void append(String aggregateType, UUID aggregateId, long sequence, Object payload, UUID organizationId) {
        eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId.toString(), sequence, payload,
                                                           MetaData.from(Map.of(ORGANIZATION_ID, organizationId.toString(),
                                                                                USER_ID, "system",
                                                                                CORRELATION_ID, "ai-" + caseId))));
    }

    private AiRunStartedEvent started(UUID runId, UUID organizationId) {
        return new AiRunStartedEvent(runId, organizationId, AiCapability.CASE_ASSIST,
                                     new AiTarget(AiTargetType.CASE, UUID.fromString(caseId)), "case_opened",
                                     AiProviderKind.LOCAL, "stub-1", "case.assist", 1, "hash", "system");
    }

    private JsonPath timeline(Predicate<JsonPath> ready) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = as(operator).get(timelinePath).then().statusCode(200).extract().jsonPath();
            return ready.test(last[0]);
        });
        return last[0];
    }

    @Test
    void aFailedAiRunFailsTheRunUntilItIsRetriedAndAnswers() {
        UUID runId = UUID.randomUUID();
        append("AiRun", runId, 0, started(runId, tenant.organizationId()), tenant.organizationId());
        JsonPath running = timeline(json -> json.getInt("data.entries.size()") == 2);
        assertThat(running.getString("data.run.status")).isEqualTo("RUNNING");
        assertThat(running.getString("data.entries[1].status")).isEqualTo("RUNNING");
        assertThat(running.getString("data.entries[1].aiRunId")).isEqualTo(runId.toString());

        append("AiRun", runId, 1, new AiRunFailedEvent(runId, "AI_PROVIDER_ERROR", "Timed out", 30000),
               tenant.organizationId());
        JsonPath failed = timeline(json -> json.getInt("data.entries.size()") == 3);
        assertThat(failed.getString("data.run.status")).isEqualTo("FAILED");
        assertThat(failed.getString("data.run.entityStatus")).isEqualTo("OPEN");
        assertThat(failed.getString("data.run.latestAiRunId")).isEqualTo(runId.toString());
        assertThat(failed.getString("data.run.latestAiRunStatus")).isEqualTo("FAILED");
        assertThat(failed.getList("data.entries.eventType", String.class))
                .containsExactly("CaseOpened", "AiRunStarted", "AiRunFailed");
        assertThat(failed.getList("data.entries.status", String.class))
                .containsExactly("COMPLETED", "FAILED", "FAILED");
        assertThat(failed.getString("data.entries[2].summary")).isEqualTo("AI run failed (AI_PROVIDER_ERROR): Timed out");
        assertThat(failed.getString("data.entries[2].actor")).isEqualTo("system");
        assertThat(failed.getString("data.entries[2].correlationId")).isEqualTo("ai-" + caseId);
        as(operator).queryParam("status", "FAILED").get("/api/v1/workflows/runs").then().statusCode(200)
                    .body("meta.total", equalTo(1));

        append("AiRun", runId, 2, new AiRunRetryRequestedEvent(runId, 2, "Provider is back", "system"),
               tenant.organizationId());
        JsonPath retried = timeline(json -> json.getInt("data.entries.size()") == 4);
        assertThat(retried.getString("data.run.status")).isEqualTo("RUNNING");
        assertThat(retried.getString("data.entries[3].summary")).isEqualTo("AI run retried (attempt 2): Provider is back");

        UUID suggestionId = UUID.randomUUID();
        append("AiRun", runId, 3, new AiRunCompletedEvent(runId, "{}", 0.8, 1200, List.of(suggestionId)),
               tenant.organizationId());
        append("AiSuggestion", suggestionId, 0, new AiSuggestionProposedEvent(
                       suggestionId, tenant.organizationId(), AiCapability.CASE_ASSIST,
                       AiSuggestionType.CASE_CLASSIFICATION, new AiTarget(AiTargetType.CASE, UUID.fromString(caseId)),
                       0, List.of(new ProposedField("priority", "HIGH", 0.8)), "Cold flat in winter", "LOCAL",
                       "stub-1", "case.assist", 1, "hash", Instant.now().plusSeconds(3600)),
               tenant.organizationId());
        append("AiSuggestion", suggestionId, 1, new AiSuggestionRejectedEvent(suggestionId, "Not urgent", "system"),
               tenant.organizationId());
        JsonPath answered = timeline(json -> json.getInt("data.entries.size()") == 7);
        assertThat(answered.getString("data.run.status")).isEqualTo("RUNNING");
        assertThat(answered.getString("data.run.latestAiRunStatus")).isEqualTo("COMPLETED");
        assertThat(answered.getList("data.entries.eventType", String.class))
                .containsExactly("CaseOpened", "AiRunStarted", "AiRunFailed", "AiRunRetryRequested", "AiRunCompleted",
                                 "AiSuggestionProposed", "AiSuggestionRejected");
        // The first attempt failed and stays so; the retry answered.
        assertThat(answered.getList("data.entries.status", String.class))
                .containsExactly("COMPLETED", "FAILED", "FAILED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED");
        assertThat(answered.getList("data.entries.aiSuggestionId", String.class))
                .containsExactly(null, null, null, null, null, suggestionId.toString(), suggestionId.toString());
        assertThat(answered.getString("data.entries[6].summary")).isEqualTo("AI suggestion rejected: Not urgent");

        as(tenant.admin()).post("/api/v1/workflows/runs/" + answered.getString("data.run.id") + "/retry")
                          .then().statusCode(409);
    }

    @Test
    void anAiRunOfAnotherOrganizationNeverReachesTheTimeline() {
        Tenant other = tenants.newTenant();
        UUID foreignRun = UUID.randomUUID();
        append("AiRun", foreignRun, 0, started(foreignRun, other.organizationId()), other.organizationId());
        UUID ownRun = UUID.randomUUID();
        append("AiRun", ownRun, 0, started(ownRun, tenant.organizationId()), tenant.organizationId());

        JsonPath timeline = timeline(json -> json.getInt("data.entries.size()") >= 2);
        assertThat(timeline.getList("data.entries.aiRunId", String.class)).containsExactly(null, ownRun.toString());
    }
}
