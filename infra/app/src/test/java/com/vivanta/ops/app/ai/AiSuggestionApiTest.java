package com.vivanta.ops.app.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * AI suggestions end to end with the built-in local provider: made when a case opens, applied through the
 * case's own command (the case's events name the suggestion), refused when applied twice or after the case
 * changed, rejected, evaluated, and counted in the summary.
 */
class AiSuggestionApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    private Tenant tenant;
    private Member admin;
    private Member operator;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        admin = tenant.admin();
        operator = tenants.member(tenant, "operations");
    }

    private String openCase(String title, String description) {
        return as(operator).body(Map.of("caseType", "general", "title", title, "description", description,
                                        "priority", "low"))
                           .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
    }

    /** The case's proposed suggestion of that type, once the assistant has made it. */
    private JsonPath awaitSuggestion(String caseId, String type) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(
                () -> as(operator).queryParam("suggestionType", type).queryParam("status", "PROPOSED")
                                  .get("/api/v1/cases/" + caseId + "/ai-suggestions")
                                  .then().statusCode(200).extract().jsonPath(),
                page -> page.getList("data").size() == 1);
    }

    private String suggestionId(String caseId, String type) {
        return awaitSuggestion(caseId, type).getString("data[0].id");
    }

    private List<Map<String, Object>> caseEventMetadata(String caseId) {
        return jdbc.queryForList("""
                                 SELECT payload_type,
                                        convert_from(meta_data, 'UTF8')::jsonb ->> 'aiSuggestionId' AS suggestion,
                                        convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' AS actor
                                   FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number
                                 """, caseId);
    }

    @Nested
    class Proposals {

        @Test
        void aNewCaseGetsAClassificationAndNextActionsFromTheLocalRules() {
            String caseId = openCase("Water leaking through the ceiling", "Urgent: it drips onto the wiring");

            JsonPath classification = awaitSuggestion(caseId, "CASE_CLASSIFICATION");
            assertThat(classification.getList("data[0].fields.name")).containsExactly("caseType", "priority");
            assertThat(classification.getList("data[0].fields.value")).containsExactly("maintenance", "URGENT");
            assertThat(classification.getString("data[0].provider")).isEqualTo("LOCAL");
            assertThat(classification.getInt("data[0].targetVersion")).isZero();
            JsonPath next = awaitSuggestion(caseId, "CASE_NEXT_ACTIONS");
            assertThat(next.getList("data[0].fields.name")).containsExactly("create_work_order", "assign_operator");

            String runId = classification.getString("data[0].runId");
            as(operator).get("/api/v1/ai/runs/" + runId).then().statusCode(200)
                        .body("data.status", equalTo("COMPLETED"))
                        .body("data.capability", equalTo("CASE_ASSIST"))
                        .body("data.trigger", equalTo("case_opened"))
                        .body("data.startedBy", equalTo("system"))
                        .body("data.suggestionIds", hasSize(2))
                        .body("data.latencyMs", notNullValue());
            as(operator).get("/api/v1/ai/runs/" + runId + "/suggestions").then().statusCode(200)
                        .body("data", hasSize(2));
        }
    }

    @Nested
    class Applying {

        @Test
        void changesTheCaseThroughItsAggregateAndItsEventsNameTheSuggestion() {
            String caseId = openCase("Boiler broken", "No heating in flat 2");
            String suggestionId = suggestionId(caseId, "CASE_CLASSIFICATION");

            as(operator).body(Map.of("suggestionId", suggestionId, "edits", Map.of("priority", "URGENT")))
                        .post("/api/v1/cases/" + caseId + "/apply-ai-suggestion")
                        .then().statusCode(200)
                        .body("data.caseType", equalTo("maintenance"))
                        .body("data.priority", equalTo("URGENT"));

            List<Map<String, Object>> events = caseEventMetadata(caseId);
            assertThat(events.get(0).get("suggestion")).isNull();
            assertThat(events.subList(1, events.size()))
                    .isNotEmpty()
                    .allSatisfy(event -> {
                        assertThat(event.get("suggestion")).isEqualTo(suggestionId);
                        assertThat(event.get("actor")).isEqualTo(operator.userId().toString());
                    });
            as(operator).get("/api/v1/ai/suggestions/" + suggestionId).then().statusCode(200)
                        .body("data.status", equalTo("APPLIED"))
                        .body("data.finalValues.priority", equalTo("URGENT"))
                        .body("data.editedFields", equalTo(List.of("priority")))
                        .body("data.settledBy", equalTo(operator.userId().toString()));
        }

        @Test
        void nextActionsBecomeTasksOnTheCase() {
            String caseId = openCase("Leak under the sink", "Urgent: water everywhere");
            String suggestionId = suggestionId(caseId, "CASE_NEXT_ACTIONS");

            as(operator).body(Map.of("suggestionId", suggestionId, "edits", Map.of("create_work_order", "no")))
                        .post("/api/v1/cases/" + caseId + "/apply-ai-suggestion")
                        .then().statusCode(200);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(
                    () -> as(operator).queryParam("relatedEntityType", "CASE").queryParam("relatedEntityId", caseId)
                                      .get("/api/v1/tasks").then().statusCode(200)
                                      .body("data.title", equalTo(List.of("Assign an operator to this case"))));
        }

        @Test
        void refusesToApplyTwice() {
            String caseId = openCase("Broken window", "Glass cracked in the hall");
            String suggestionId = suggestionId(caseId, "CASE_CLASSIFICATION");
            as(operator).body(Map.of("suggestionId", suggestionId))
                        .post("/api/v1/cases/" + caseId + "/apply-ai-suggestion").then().statusCode(200);

            as(operator).body(Map.of("suggestionId", suggestionId))
                        .post("/api/v1/cases/" + caseId + "/apply-ai-suggestion")
                        .then().statusCode(409)
                        .contentType("application/problem+json")
                        .body("code", equalTo("SUGGESTION_ALREADY_APPLIED"));
        }

        @Test
        void refusesASuggestionMadeBeforeTheCaseChangedAndLeavesTheCaseAsItIs() {
            String caseId = openCase("Mould in the bathroom", "Black spots on the ceiling");
            String suggestionId = suggestionId(caseId, "CASE_CLASSIFICATION");
            as(operator).body(Map.of("title", "Mould in the bathroom of 4A")).patch("/api/v1/cases/" + caseId)
                        .then().statusCode(200);

            as(operator).body(Map.of("suggestionId", suggestionId))
                        .post("/api/v1/cases/" + caseId + "/apply-ai-suggestion")
                        .then().statusCode(409)
                        .body("code", equalTo("TARGET_CHANGED"));

            as(operator).get("/api/v1/cases/" + caseId).then()
                        .body("data.caseType", equalTo("general"))
                        .body("data.priority", equalTo("LOW"));
            as(operator).get("/api/v1/ai/suggestions/" + suggestionId).then().body("data.status", equalTo("PROPOSED"));
        }

        @Test
        void refusesABadEditWithoutSettlingTheSuggestion() {
            String caseId = openCase("Heater broken", "Cold flat");
            String suggestionId = suggestionId(caseId, "CASE_CLASSIFICATION");

            as(operator).body(Map.of("suggestionId", suggestionId, "edits", Map.of("priority", "SOMEDAY")))
                        .post("/api/v1/cases/" + caseId + "/apply-ai-suggestion")
                        .then().statusCode(400)
                        .body("errors[0].field", equalTo("edits.priority"));
            as(operator).body(Map.of("suggestionId", suggestionId, "edits", Map.of("assignee", "Kim")))
                        .post("/api/v1/cases/" + caseId + "/apply-ai-suggestion")
                        .then().statusCode(400)
                        .body("errors[0].field", equalTo("edits"));
            as(operator).body(Map.of("edits", Map.of())).post("/api/v1/cases/" + caseId + "/apply-ai-suggestion")
                        .then().statusCode(400).body("errors[0].field", equalTo("suggestionId"));

            as(operator).get("/api/v1/ai/suggestions/" + suggestionId).then().body("data.status", equalTo("PROPOSED"));
        }

        @Test
        void aSuggestionAboutAnotherCaseIsNotFoundHere() {
            String caseId = openCase("Lock broken", "Front door lock");
            String otherCase = openCase("Noise complaint", "Neighbour is noisy");
            String suggestionId = suggestionId(caseId, "CASE_CLASSIFICATION");

            as(operator).body(Map.of("suggestionId", suggestionId))
                        .post("/api/v1/cases/" + otherCase + "/apply-ai-suggestion")
                        .then().statusCode(404);
        }

        @Test
        void theGenericRouteAppliesThroughTheSameDomainCommand() {
            String caseId = openCase("Roof leaking", "Water in the attic");
            String suggestionId = suggestionId(caseId, "CASE_CLASSIFICATION");

            as(admin).post("/api/v1/ai/suggestions/" + suggestionId + "/apply")
                     .then().statusCode(200)
                     .body("data.id", equalTo(caseId))
                     .body("data.caseType", equalTo("maintenance"));
        }
    }

    @Nested
    class RejectingAndFeedback {

        @Test
        void aRejectedSuggestionCannotBeAppliedAndFeedbackIsCountedInTheSummary() {
            String caseId = openCase("Invoice question", "I was overcharged on my bill");
            String rejected = suggestionId(caseId, "CASE_CLASSIFICATION");
            as(admin).body(Map.of("reason", "It is a lease question")).post("/api/v1/ai/suggestions/" + rejected
                                                                                + "/reject")
                     .then().statusCode(200)
                     .body("data.status", equalTo("REJECTED"))
                     .body("data.rejectionReason", equalTo("It is a lease question"));
            as(operator).body(Map.of("suggestionId", rejected))
                        .post("/api/v1/cases/" + caseId + "/apply-ai-suggestion")
                        .then().statusCode(409).body("code", equalTo("INVALID_TRANSITION"));

            String appliedCase = openCase("Leaking pipe", "In the basement");
            String applied = suggestionId(appliedCase, "CASE_CLASSIFICATION");
            as(operator).body(Map.of("suggestionId", applied, "edits", Map.of("priority", "LOW")))
                        .post("/api/v1/cases/" + appliedCase + "/apply-ai-suggestion").then().statusCode(200);
            String runId = as(operator).get("/api/v1/ai/suggestions/" + applied).then().extract().path("data.runId");

            as(operator).body(Map.of("outcome", "POSITIVE", "score", 0.9, "notes", "Right trade"))
                        .post("/api/v1/ai/runs/" + runId + "/evaluations")
                        .then().statusCode(201)
                        .body("data.outcome", equalTo("POSITIVE"))
                        .body("data.evaluatedBy", equalTo(operator.userId().toString()));
            as(operator).body(Map.of("outcome", "NEGATIVE"))
                        .post("/api/v1/ai/suggestions/" + rejected + "/evaluations")
                        .then().statusCode(201)
                        .body("data.suggestionId", equalTo(rejected));
            as(operator).get("/api/v1/ai/runs/" + runId + "/evaluations").then().statusCode(200)
                        .body("data", hasSize(1)).body("data[0].score", equalTo(0.9f));

            JsonPath summary = as(operator).queryParam("capability", "CASE_ASSIST").get("/api/v1/ai/runs/summary")
                                           .then().statusCode(200).extract().jsonPath();
            assertThat(summary.getLong("data.overall.totalRuns")).isEqualTo(2);
            assertThat(summary.getLong("data.overall.completedRuns")).isEqualTo(2);
            assertThat(summary.getLong("data.overall.suggestionsCreated")).isEqualTo(4);
            assertThat(summary.getLong("data.overall.suggestionsApplied")).isEqualTo(1);
            assertThat(summary.getLong("data.overall.suggestionsRejected")).isEqualTo(1);
            assertThat(summary.getLong("data.overall.suggestionsEdited")).isEqualTo(1);
            assertThat(summary.getDouble("data.overall.acceptanceRate")).isEqualTo(0.5);
            assertThat(summary.getDouble("data.overall.editRate")).isEqualTo(1.0);
            assertThat(summary.getDouble("data.overall.meanConfidence")).isEqualTo(0.74);
            assertThat(summary.getLong("data.overall.evaluationsPositive")).isEqualTo(1);
            assertThat(summary.getLong("data.overall.evaluationsNegative")).isEqualTo(1);
            assertThat(summary.getList("data.groups.promptTemplateVersion")).hasSize(1);
        }

        @Test
        void refusesBadFeedbackAndBadRejections() {
            String caseId = openCase("Leak", "Water");
            String suggestionId = suggestionId(caseId, "CASE_CLASSIFICATION");
            String runId = as(operator).get("/api/v1/ai/suggestions/" + suggestionId).then().extract()
                                       .path("data.runId");

            as(operator).body(Map.of("outcome", "GREAT")).post("/api/v1/ai/runs/" + runId + "/evaluations")
                        .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
            as(operator).body(Map.of("outcome", "POSITIVE", "score", 3))
                        .post("/api/v1/ai/runs/" + runId + "/evaluations")
                        .then().statusCode(400).body("errors[0].field", equalTo("score"));
            as(admin).body(Map.of("reason", "")).post("/api/v1/ai/suggestions/" + suggestionId + "/reject")
                     .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        }
    }

    @Nested
    class RunsOnRequest {

        @Test
        void aGeneralRunAnswersAtOnceAndMakesNoSuggestion() {
            as(admin).body(Map.of("capability", "GENERAL", "inputJson", Map.of("question", "What is open?")))
                     .post("/api/v1/ai/runs")
                     .then().statusCode(201)
                     .body("data.status", equalTo("COMPLETED"))
                     .body("data.trigger", equalTo("manual"))
                     .body("data.suggestionIds", empty())
                     .body("data.startedBy", equalTo(admin.userId().toString()));
        }

        @Test
        void aCaseAssistRunOnRequestProposesForTheCase() {
            String caseId = openCase("Heating broken", "Radiators cold");
            as(admin).body(Map.of("capability", "CASE_ASSIST", "targetEntityType", "CASE", "targetEntityId", caseId))
                     .post("/api/v1/ai/runs")
                     .then().statusCode(201)
                     .body("data.target.entityId", equalTo(caseId))
                     .body("data.suggestionIds", hasSize(2));
        }

        @Test
        void refusesRequestsThatDoNotFit() {
            as(admin).body(Map.of()).post("/api/v1/ai/runs")
                     .then().statusCode(400).body("errors[0].field", equalTo("capability"));
            as(admin).body(Map.of("capability", "CASE_ASSIST")).post("/api/v1/ai/runs")
                     .then().statusCode(400).body("errors[0].field", equalTo("targetEntityType"));
            as(admin).body(Map.of("capability", "GENERAL", "targetEntityType", "CASE")).post("/api/v1/ai/runs")
                     .then().statusCode(400).body("errors[0].field", equalTo("targetEntityId"));
            String caseId = openCase("Leak", "Water");
            as(admin).body(Map.of("capability", "APPROVAL_ASSIST", "targetEntityType", "CASE",
                                  "targetEntityId", caseId))
                     .post("/api/v1/ai/runs")
                     .then().statusCode(400).body("errors[0].field", equalTo("targetEntityType"));
            as(admin).body(Map.of("capability", "GENERAL", "inputJson", "not an object")).post("/api/v1/ai/runs")
                     .then().statusCode(400);
        }

        @Test
        void aRunThatDidNotFailCannotBeRetried() {
            String runId = as(admin).body(Map.of("capability", "GENERAL")).post("/api/v1/ai/runs")
                                    .then().statusCode(201).extract().path("data.id");
            as(admin).post("/api/v1/ai/runs/" + runId + "/retry")
                     .then().statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
        }
    }

    @Nested
    class Access {

        @Test
        void eachRouteNeedsItsPermission() {
            String caseId = openCase("Leak", "Water");
            String suggestionId = suggestionId(caseId, "CASE_CLASSIFICATION");
            String runId = as(operator).get("/api/v1/ai/suggestions/" + suggestionId).then().extract()
                                       .path("data.runId");
            Member finance = tenants.member(tenant, "finance");
            Member owner = tenants.member(tenant, "owner");

            // operations may read, observe and evaluate, but not run or reject (ai.write)
            as(operator).body(Map.of("capability", "GENERAL")).post("/api/v1/ai/runs").then().statusCode(403);
            as(operator).body(Map.of("reason", "no")).post("/api/v1/ai/suggestions/" + suggestionId + "/reject")
                        .then().statusCode(403);
            as(operator).post("/api/v1/ai/suggestions/" + suggestionId + "/apply").then().statusCode(403);
            as(operator).post("/api/v1/ai/runs/" + runId + "/retry").then().statusCode(403);
            // finance may read, but neither evaluate nor change cases
            as(finance).body(Map.of("outcome", "POSITIVE")).post("/api/v1/ai/runs/" + runId + "/evaluations")
                       .then().statusCode(403);
            as(finance).body(Map.of("outcome", "POSITIVE"))
                       .post("/api/v1/ai/suggestions/" + suggestionId + "/evaluations").then().statusCode(403);
            as(finance).body(Map.of("suggestionId", suggestionId))
                       .post("/api/v1/cases/" + caseId + "/apply-ai-suggestion").then().statusCode(403);
            // the owner role reads nothing of the assistant
            for (String path : List.of("/api/v1/ai/runs", "/api/v1/ai/runs/summary", "/api/v1/ai/runs/" + runId,
                                       "/api/v1/ai/runs/" + runId + "/suggestions",
                                       "/api/v1/ai/runs/" + runId + "/evaluations", "/api/v1/ai/suggestions",
                                       "/api/v1/ai/suggestions/" + suggestionId,
                                       "/api/v1/cases/" + caseId + "/ai-suggestions")) {
                as(owner).get(path).then().statusCode(403);
            }
        }

        @Test
        void anotherOrganizationSeesNothingAndReachesNothing() {
            String caseId = openCase("Leak", "Water");
            String suggestionId = suggestionId(caseId, "CASE_CLASSIFICATION");
            String runId = as(operator).get("/api/v1/ai/suggestions/" + suggestionId).then().extract()
                                       .path("data.runId");
            Member outsider = tenants.newTenant().admin();

            for (String path : List.of("/api/v1/ai/runs/" + runId, "/api/v1/ai/runs/" + runId + "/suggestions",
                                       "/api/v1/ai/runs/" + runId + "/evaluations",
                                       "/api/v1/ai/suggestions/" + suggestionId,
                                       "/api/v1/cases/" + caseId + "/ai-suggestions")) {
                as(outsider).get(path).then().statusCode(404);
            }
            as(outsider).get("/api/v1/ai/runs").then().statusCode(200).body("data.id", empty());
            as(outsider).get("/api/v1/ai/suggestions").then().statusCode(200).body("data.id", empty());
            as(outsider).get("/api/v1/ai/runs/summary").then().statusCode(200)
                        .body("data.overall.totalRuns", equalTo(0));
            as(outsider).body(Map.of("reason", "mine now")).post("/api/v1/ai/suggestions/" + suggestionId + "/reject")
                        .then().statusCode(404);
            as(outsider).post("/api/v1/ai/suggestions/" + suggestionId + "/apply").then().statusCode(404);
            as(outsider).body(Map.of("suggestionId", suggestionId))
                        .post("/api/v1/cases/" + caseId + "/apply-ai-suggestion").then().statusCode(404);
            as(outsider).body(Map.of("outcome", "POSITIVE")).post("/api/v1/ai/runs/" + runId + "/evaluations")
                        .then().statusCode(404);
            as(outsider).body(Map.of("outcome", "POSITIVE"))
                        .post("/api/v1/ai/suggestions/" + suggestionId + "/evaluations").then().statusCode(404);
            as(outsider).post("/api/v1/ai/runs/" + runId + "/retry").then().statusCode(404);
            as(outsider).body(Map.of("capability", "CASE_ASSIST", "targetEntityType", "CASE",
                                     "targetEntityId", caseId))
                        .post("/api/v1/ai/runs").then().statusCode(404);

            as(operator).get("/api/v1/ai/suggestions/" + suggestionId).then().body("data.status", equalTo("PROPOSED"));
            as(operator).get("/api/v1/ai/runs").then().body("data.id", hasItem(runId));
        }
    }
}
