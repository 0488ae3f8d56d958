package com.vivanta.ops.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.vivanta.ops.api.cases.CaseStatus;
import com.vivanta.ops.api.cases.ChangeCaseStatusCommand;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit log: every event of the organization's entities, filtered, paged, as JSON and as CSV. */
class AuditApiTest extends ApiTest {

    private static final String AUDIT = "/api/v1/audit/events";

    @Autowired
    private CommandGateway commandGateway;

    private Tenant tenant;
    private Member operator;
    private String caseId;
    private Instant betweenOpenAndChange;

    @BeforeEach
    void aCaseOpenedAndMovedOn() throws InterruptedException {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
        caseId = as(operator).header("X-Correlation-Id", "-audit-flow-1")
                             .body(Map.of("caseType", "maintenance", "title", "Leaking tap", "priority", "HIGH"))
                             .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        Thread.sleep(20);
        betweenOpenAndChange = Instant.now();
        Thread.sleep(20);
        as(operator).header("X-Correlation-Id", "audit-flow-2")
                    .body(Map.of("status", "IN_PROGRESS")).post("/api/v1/cases/" + caseId + "/change-status")
                    .then().statusCode(200);
        awaitEntries(Map.of("entityId", caseId), 2);
    }

    @Test
    void everyEntryTellsWhoDidWhatForWhichOrganizationInWhichRequest() {
        JsonPath entries = audit(Map.of("entityType", "case", "entityId", caseId)).jsonPath();

        assertThat(entries.getList("data.eventType")).containsExactly("CaseStatusChangedEvent", "CaseOpenedEvent");
        assertThat(entries.getList("data.actorUserId")).containsOnly(operator.userId().toString());
        assertThat(entries.getList("data.organizationId")).containsOnly(tenant.organizationId().toString());
        assertThat(entries.getList("data.correlationId")).containsExactly("audit-flow-2", "-audit-flow-1");
        assertThat(entries.getList("data.requestId")).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(entries.getList("data.aggregateType")).containsOnly("Case");
        assertThat(entries.getList("data.aggregateId")).containsOnly(caseId);
        assertThat(entries.<Integer>getList("data.aggregateSequence")).containsExactly(1, 0);
        assertThat(entries.getLong("data[0].globalSequence")).isGreaterThan(entries.getLong("data[1].globalSequence"));
        assertThat(entries.getList("data.eventId")).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(entries.getList("data.aiSuggestionId")).containsOnlyNulls();
        // The payload is the event's content, as a JSON object.
        assertThat(entries.getString("data[1].payload.title")).isEqualTo("Leaking tap");
        assertThat(entries.getString("data[1].payload.priority")).isEqualTo("HIGH");
        assertThat(entries.getString("data[0].payload.status")).isEqualTo("IN_PROGRESS");
        assertThat(Instant.parse(entries.getString("data[0].occurredAt"))).isAfter(betweenOpenAndChange);
    }

    @Test
    void anEventCausedByApplyingAnAiSuggestionNamesTheSuggestion() {
        String suggestionId = UUID.randomUUID().toString();
        // What applying a suggestion does: the target's own command, carrying the suggestion in its metadata.
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(
                new ChangeCaseStatusCommand(UUID.fromString(caseId), CaseStatus.WAITING, null, null))
                .andMetaData(Map.of(MessageMetadata.ORGANIZATION_ID, tenant.organizationId().toString(),
                                    MessageMetadata.USER_ID, operator.userId().toString(),
                                    MessageMetadata.AI_SUGGESTION_ID, suggestionId)));
        awaitEntries(Map.of("entityId", caseId), 3);

        JsonPath entries = audit(Map.of("entityId", caseId)).jsonPath();
        assertThat(entries.getList("data.aiSuggestionId")).containsExactly(suggestionId, null, null);
        assertThat(entries.getString("data[0].payload.status")).isEqualTo("WAITING");
    }

    @Test
    void eachFilterNarrowsTheLog() {
        // The organization's log also holds its setting-up (roles, users) and the operator's sign-in.
        JsonPath all = audit(Map.of("limit", 100)).jsonPath();
        assertThat(all.getInt("meta.total")).isGreaterThan(2);

        as(tenant.admin()).queryParams(Map.of("actorUserId", operator.userId().toString())).get(AUDIT)
                          .then().statusCode(200)
                          .body("data.actorUserId", everyItem(equalTo(operator.userId().toString())))
                          .body("data.eventType", hasItem("CaseOpenedEvent"));
        as(tenant.admin()).queryParams(Map.of("eventType", "CaseOpenedEvent")).get(AUDIT)
                          .then().statusCode(200).body("meta.total", equalTo(1))
                          .body("data[0].aggregateId", equalTo(caseId));
        // Entity types match without regard to case or punctuation.
        for (String type : List.of("Case", "case", "CASE")) {
            as(tenant.admin()).queryParams(Map.of("entityType", type)).get(AUDIT)
                              .then().statusCode(200).body("meta.total", equalTo(2));
        }
        as(tenant.admin()).queryParams(Map.of("entityType", "work-order")).get(AUDIT)
                          .then().statusCode(200).body("meta.total", equalTo(0));
        as(tenant.admin()).queryParams(Map.of("entityId", caseId, "from", betweenOpenAndChange.toString()))
                          .get(AUDIT).then().statusCode(200).body("meta.total", equalTo(1))
                          .body("data[0].eventType", equalTo("CaseStatusChangedEvent"));
        as(tenant.admin()).queryParams(Map.of("entityId", caseId, "to", betweenOpenAndChange.toString()))
                          .get(AUDIT).then().statusCode(200).body("meta.total", equalTo(1))
                          .body("data[0].eventType", equalTo("CaseOpenedEvent"));
    }

    @Test
    void theLogIsPagedNewestFirst() {
        JsonPath all = audit(Map.of("limit", 100)).jsonPath();
        List<Long> sequences = all.getList("data.globalSequence", Long.class);
        assertThat(sequences).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        JsonPath second = audit(Map.of("limit", 1, "offset", 1)).jsonPath();
        assertThat(second.getInt("meta.total")).isEqualTo(all.getInt("meta.total"));
        assertThat(second.getInt("meta.limit")).isEqualTo(1);
        assertThat(second.getInt("meta.offset")).isEqualTo(1);
        assertThat(second.getList("data.eventId")).containsExactly(all.getString("data[1].eventId"));
    }

    @Test
    void theCsvExportHoldsTheSameEntriesAsTheJsonList() {
        JsonPath json = audit(Map.of("limit", 100)).jsonPath();

        ExtractableResponse<Response> export = as(tenant.admin()).queryParams(Map.of("limit", 100))
                                                                 .get(AUDIT + "/export")
                                                                 .then().statusCode(200)
                                                                 .contentType("text/csv;charset=UTF-8")
                                                                 .extract();
        List<String> lines = Arrays.asList(export.asString().split("\r\n"));

        assertThat(lines.get(0)).startsWith("event_id,global_sequence,occurred_at,aggregate_type,aggregate_id,");
        assertThat(export.header("X-Total-Count")).isEqualTo(json.getString("meta.total"));
        assertThat(lines).hasSize(json.getList("data").size() + 1);
        for (int i = 0; i < json.getList("data").size(); i++) {
            String line = lines.get(i + 1);
            assertThat(line).startsWith(json.getString("data[" + i + "].eventId") + ","
                                                + json.getString("data[" + i + "].globalSequence") + ",");
        }
        // A value a spreadsheet would run as a formula is defused.
        String opened = lines.stream().filter(line -> line.contains("CaseOpenedEvent")).findFirst().orElseThrow();
        assertThat(opened).contains(",'-audit-flow-1,").contains("\"\"title\"\": \"\"Leaking tap\"\"");
    }

    @Test
    void badFiltersAreRefusedWithTheField() {
        as(tenant.admin()).queryParam("from", "yesterday").get(AUDIT).then().statusCode(400)
                          .body("errors[0].field", equalTo("from"));
        as(tenant.admin()).queryParam("to", "2025-13-01T00:00:00Z").get(AUDIT + "/export").then().statusCode(400)
                          .body("errors[0].field", equalTo("to"));
        as(tenant.admin()).queryParams(Map.of("from", "2025-02-01T00:00:00Z", "to", "2025-01-01T00:00:00Z"))
                          .get(AUDIT).then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                          .body("errors[0].field", equalTo("to"));
        as(tenant.admin()).queryParam("limit", 0).get(AUDIT).then().statusCode(400)
                          .body("errors[0].field", equalTo("limit"));
        as(tenant.admin()).queryParam("limit", 10_001).get(AUDIT + "/export").then().statusCode(400)
                          .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void readingTheLogNeedsAuditRead() {
        as(operator).get(AUDIT).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(operator).get(AUDIT + "/export").then().statusCode(403);
        anonymous().get(AUDIT).then().statusCode(401);
    }

    @Test
    void anotherOrganizationNeverSeesTheEntries() {
        Tenant other = tenants.newTenant();
        as(other.admin()).queryParams(Map.of("limit", 100)).get(AUDIT).then().statusCode(200)
                         .body("data.organizationId", everyItem(equalTo(other.organizationId().toString())))
                         .body("data.aggregateId", not(hasItem(caseId)));
        as(other.admin()).queryParam("entityId", caseId).get(AUDIT).then().statusCode(200)
                         .body("meta.total", equalTo(0));
        String csv = as(other.admin()).queryParam("entityId", caseId).get(AUDIT + "/export")
                                      .then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(1);
    }

    private ExtractableResponse<Response> audit(Map<String, ?> params) {
        return as(tenant.admin()).queryParams(params).get(AUDIT).then().statusCode(200).extract();
    }

    /** The log is a projection: it shows an event a moment after the command stored it. */
    private void awaitEntries(Map<String, ?> params, int count) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
               .untilAsserted(() -> assertThat(audit(params).jsonPath().getInt("meta.total")).isEqualTo(count));
    }
}
