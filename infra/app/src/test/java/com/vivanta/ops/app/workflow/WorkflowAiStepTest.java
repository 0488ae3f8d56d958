package com.vivanta.ops.app.workflow;

import static com.vivanta.ops.api.common.MessageMetadata.CORRELATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.ORGANIZATION_ID;
import static com.vivanta.ops.api.common.MessageMetadata.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.vivanta.ops.api.ai.AiCapability;
import com.vivanta.ops.api.ai.AiProviderKind;
import com.vivanta.ops.api.ai.AiRunFailedEvent;
import com.vivanta.ops.api.ai.AiRunStartedEvent;
import com.vivanta.ops.api.ai.AiTarget;
import com.vivanta.ops.api.ai.AiTargetType;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
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
 * AI runs as the timeline's automated steps: the assistant's own runs on a new case, and a failing run. The
 * local provider does not fail, so the failed run is appended to the event store as the AiRun aggregate
 * appends one; the retry then goes through the real aggregate and the assistant.
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

    /** The entries of the AI run, in order. */
    private static String ofRun(UUID runId) {
        return "data.entries.findAll { it.aiRunId == '" + runId + "' }";
    }

    @Test
    void theAssistantsRunsAndSuggestionsAreEntriesOfTheCase() {
        JsonPath answered = timeline(json -> json.getList("data.entries.eventType", String.class)
                                                 .contains("AiRunCompleted"));
        String runId = answered.getString("data.entries.find { it.eventType == 'AiRunStarted' }.aiRunId");
        assertThat(answered.getList(ofRun(UUID.fromString(runId)) + ".status", String.class))
                .containsExactly("COMPLETED", "COMPLETED");
        assertThat(answered.getString("data.entries.find { it.eventType == 'AiRunStarted' }.summary"))
                .startsWith("AI CASE_ASSIST run started (LOCAL ");
        assertThat(answered.getString("data.run.latestAiRunId")).isEqualTo(runId);
        assertThat(answered.getString("data.run.latestAiRunStatus")).isEqualTo("COMPLETED");
        assertThat(answered.getString("data.run.status")).isEqualTo("RUNNING");
        JsonPath proposed = timeline(json -> json.getList("data.entries.eventType", String.class)
                                                 .contains("AiSuggestionProposed"));
        assertThat(proposed.getString("data.entries.find { it.eventType == 'AiSuggestionProposed' }.aiSuggestionId"))
                .isNotNull();
    }

    @Test
    void aFailedAiRunFailsTheRunUntilRetriedThroughTheRun() {
        // The assistant's own run on the new case comes first, so that the failing one below is the latest.
        timeline(json -> json.getList("data.entries.eventType", String.class).contains("AiRunCompleted"));
        UUID runId = UUID.randomUUID();
        append("AiRun", runId, 0, started(runId, tenant.organizationId()), tenant.organizationId());
        append("AiRun", runId, 1, new AiRunFailedEvent(runId, "AI_PROVIDER_ERROR", "Timed out", 30000),
               tenant.organizationId());

        JsonPath failed = timeline(json -> "FAILED".equals(json.getString("data.run.status")));
        assertThat(failed.getString("data.run.entityStatus")).isEqualTo("OPEN");
        assertThat(failed.getString("data.run.latestAiRunId")).isEqualTo(runId.toString());
        assertThat(failed.getString("data.run.latestAiRunStatus")).isEqualTo("FAILED");
        assertThat(failed.getList(ofRun(runId) + ".eventType", String.class))
                .containsExactly("AiRunStarted", "AiRunFailed");
        // The start was RUNNING until the run answered: now it shows the failure too.
        assertThat(failed.getList(ofRun(runId) + ".status", String.class)).containsExactly("FAILED", "FAILED");
        assertThat(failed.getString(ofRun(runId) + "[1].summary"))
                .isEqualTo("AI run failed (AI_PROVIDER_ERROR): Timed out");
        assertThat(failed.getString(ofRun(runId) + "[1].actor")).isEqualTo("system");
        assertThat(failed.getString(ofRun(runId) + "[1].correlationId")).isEqualTo("ai-" + caseId);
        String workflowRun = failed.getString("data.run.id");
        as(operator).queryParam("status", "FAILED").get("/api/v1/workflows/runs").then().statusCode(200)
                    .body("meta.total", equalTo(1)).body("data[0].id", equalTo(workflowRun));

        as(tenant.admin()).header("X-Correlation-Id", "wf-retry").body(Map.of("reason", "Provider is back"))
                          .post("/api/v1/workflows/runs/" + workflowRun + "/retry")
                          .then().statusCode(200)
                          .body("data.id", equalTo(workflowRun))
                          .body("data.status", equalTo("RUNNING"))
                          .body("data.latestAiRunId", equalTo(runId.toString()));

        // The assistant asks again; the retry answers and the run follows its case again.
        JsonPath retried = timeline(json -> "COMPLETED".equals(json.getString("data.run.latestAiRunStatus")));
        assertThat(retried.getString("data.run.status")).isEqualTo("RUNNING");
        assertThat(retried.getList(ofRun(runId) + ".eventType", String.class))
                .containsExactly("AiRunStarted", "AiRunFailed", "AiRunRetryRequested", "AiRunCompleted");
        // The first attempt failed and stays so; the retry answered.
        assertThat(retried.getList(ofRun(runId) + ".status", String.class))
                .containsExactly("FAILED", "FAILED", "COMPLETED", "COMPLETED");
        assertThat(retried.getString(ofRun(runId) + "[2].summary"))
                .isEqualTo("AI run retried (attempt 2): Provider is back");
        assertThat(retried.getString(ofRun(runId) + "[2].actor")).isEqualTo(tenant.admin().userId().toString());
        assertThat(retried.getString(ofRun(runId) + "[2].correlationId")).isEqualTo("wf-retry");

        as(tenant.admin()).post("/api/v1/workflows/runs/" + workflowRun + "/retry")
                          .then().statusCode(409).body("code", equalTo("NOTHING_TO_RETRY"));
    }

    @Test
    void anAiRunOfAnotherOrganizationNeverReachesTheTimeline() {
        Tenant other = tenants.newTenant();
        UUID foreignRun = UUID.randomUUID();
        append("AiRun", foreignRun, 0, started(foreignRun, other.organizationId()), other.organizationId());
        UUID ownRun = UUID.randomUUID();
        append("AiRun", ownRun, 0, started(ownRun, tenant.organizationId()), tenant.organizationId());

        JsonPath timeline = timeline(json -> json.getList("data.entries.aiRunId", String.class)
                                                 .contains(ownRun.toString()));
        assertThat(timeline.getList("data.entries.aiRunId", String.class)).doesNotContain(foreignRun.toString());
    }
}
