package com.vivanta.ops.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import com.vivanta.ops.api.approval.ApprovalMode;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.InvoiceFlows;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Read models are disposable: after a rebuild from the event stream, every read-model table equals what
 * the live projections had built, row for row. The test covers every projection the application has,
 * so a new projection is covered the day it appears.
 */
class ProjectionRebuildTest extends ApiTest {

    /**
     * Tables that are not read models: the event store, Axon's bookkeeping, the command side's own state,
     * credentials, migrations.
     */
    private static final Set<String> NOT_READ_MODELS = Set.of(
            "domain_event_entry", "snapshot_event_entry", "token_entry", "saga_entry", "association_value_entry",
            "dead_letter_entry", "user_credential", "unique_key", "organization_administrator",
            "unknown_sign_in_failure", "work_order_number_counter", "flyway_schema_history",
            "ai_provider_key");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private InvoiceFlows invoiceFlows;

    private Tenant tenant;
    private Member operator;

    @BeforeEach
    void someHistory() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
        for (int i = 0; i < 5; i++) {
            String caseId = as(operator).body(Map.of("caseType", "maintenance", "title", "History " + i,
                                                     "description", "Described " + i))
                                        .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
            as(operator).body(Map.of("status", "IN_PROGRESS", "ownerVisibleStatus", "Being handled"))
                        .post("/api/v1/cases/" + caseId + "/change-status").then().statusCode(200);
            as(operator).body(Map.of("assignedUserId", operator.userId().toString()))
                        .post("/api/v1/cases/" + caseId + "/assign").then().statusCode(200);
            if (i % 2 == 0) {
                as(operator).body(Map.of("status", "CANCELLED"))
                            .post("/api/v1/cases/" + caseId + "/change-status").then().statusCode(200);
            }
        }
        for (int i = 0; i < 3; i++) {
            String ownerId = as(operator).body(Map.of("displayName", "Owner " + i,
                                                      "email", "owner-" + i + "@" + tenant.slug() + ".test"))
                                         .post("/api/v1/owners").then().statusCode(201).extract().path("data.id");
            as(operator).body(Map.of("phone", "555-010" + i, "status", i % 2 == 0 ? "INACTIVE" : "ACTIVE"))
                        .patch("/api/v1/owners/" + ownerId).then().statusCode(200);
            String propertyId = as(operator).body(Map.of("propertyCode", "RB-" + i, "name", "Rebuilt " + i,
                                                         "propertyType", "RESIDENTIAL", "city", "Springfield"))
                                            .post("/api/v1/properties").then().statusCode(201)
                                            .extract().path("data.id");
            String buildingId = as(operator).body(Map.of("name", "Block " + i, "buildingCode", "B" + i))
                                            .post("/api/v1/properties/" + propertyId + "/buildings")
                                            .then().statusCode(201).extract().path("data.id");
            String unitId = as(operator).body(Map.of("unitNumber", "U" + i, "buildingId", buildingId,
                                                     "squareMeters", 40 + i, "bathroomCount", 1.5))
                                        .post("/api/v1/properties/" + propertyId + "/units")
                                        .then().statusCode(201).extract().path("data.id");
            as(operator).body(Map.of("occupancyStatus", "OCCUPIED"))
                        .patch("/api/v1/properties/" + propertyId + "/units/" + unitId).then().statusCode(200);
            as(operator).body(Map.of("ownershipPercentage", 50 + i, "startDate", "2024-01-0" + (i + 1),
                                     "approvalLimit", Map.of("amount", "500.00", "currency", "USD")))
                        .post("/api/v1/owners/" + ownerId + "/properties/" + propertyId).then().statusCode(201);
            String vendorId = as(operator).body(Map.of("name", "Vendor " + i, "serviceRegions", List.of("north", "south"),
                                                       "insuranceExpiresOn", "2027-01-0" + (i + 1)))
                                          .post("/api/v1/vendors").then().statusCode(201).extract().path("data.id");
            as(operator).body(Map.of("w9OnFile", true)).patch("/api/v1/vendors/" + vendorId).then().statusCode(200);
            someWorkOrderHistory(i, propertyId, ownerId, vendorId);
            someInvoiceHistory(i, propertyId, vendorId);
            as(tenant.admin()).body(Map.of("email", "staff-" + i + "@" + tenant.slug() + ".test", "firstName", "S",
                                           "lastName", "T" + i, "password", "Password-" + i + "-long"))
                              .post("/api/v1/users").then().statusCode(201);
        }
        for (String urgent : List.of("PT2H", "PT3H")) {
            as(tenant.admin()).body(Map.of("resolutionTargets", Map.of("URGENT", urgent, "HIGH", "PT12H",
                                                                       "NORMAL", "P2D", "LOW", "P10D")))
                              .put("/api/v1/organizations/current/sla-policy").then().statusCode(200);
        }
        String relatedCase = as(operator).get("/api/v1/cases").then().extract().path("data[0].id");
        for (int i = 0; i < 3; i++) {
            String taskId = as(operator).body(Map.of("taskType", i == 0 ? "invoice_review" : "follow_up",
                                                     "title", "Task " + i, "relatedEntityType", "CASE",
                                                     "relatedEntityId", relatedCase))
                                        .post("/api/v1/tasks").then().statusCode(201).extract().path("data.id");
            as(operator).body(Map.of("assignedUserId", operator.userId().toString()))
                        .post("/api/v1/tasks/" + taskId + "/assign").then().statusCode(200);
            as(operator).body(Map.of("description", "Described " + i, "priority", "HIGH"))
                        .patch("/api/v1/tasks/" + taskId).then().statusCode(200);
            as(operator).body(Map.of("status", "IN_PROGRESS"))
                        .post("/api/v1/tasks/" + taskId + "/change-status").then().statusCode(200);
            if (i % 2 == 0) {
                as(operator).body(Map.of("status", "DONE"))
                            .post("/api/v1/tasks/" + taskId + "/change-status").then().statusCode(200);
            }
        }
        as(operator).body(Map.of("status", "INACTIVE")).patch("/api/v1/properties/" + as(operator)
                .get("/api/v1/properties").then().extract().path("data[0].id")).then().statusCode(200);
        // Early: its case and invoice start AI assistant runs, which settle while the rest is written.
        somePortalHistory();
        someApprovalPolicyHistory();
        someAiConfigurationHistory();
        awaitAssistantIdle();
    }

    /**
     * The assistant answers cases and invoices of this history (and of earlier tests) in the background; the
     * read models are compared only once it has nothing left to write: no run running, and no change to the
     * AI tables for a second.
     */
    private void awaitAssistantIdle() {
        String fingerprint = "SELECT (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM ai_run_view) || '/' "
                + "|| (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM ai_suggestion_view)";
        String[] last = {""};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String now = jdbc.queryForObject(fingerprint, String.class);
            boolean quiet = now.equals(last[0]) && jdbc.queryForObject(
                    "SELECT count(*) FROM ai_run_view WHERE status = 'RUNNING'", Long.class) == 0;
            last[0] = now;
            return quiet;
        });
    }

    /**
     * A provider configured, replaced and patched; a template in two versions, one deactivated; a global
     * configuration and template (GENERAL, with the built-in provider's values, the template deactivated again
     * so that other tests keep resolving the built-in one).
     */
    private void someAiConfigurationHistory() {
        Map<String, Object> openAi = Map.of("capability", "CASE_ASSIST", "provider", "OPENAI", "model", "gpt-4o-mini",
                                            "baseUrl", "https://llm.example.test/v1", "apiKey", "sk-rebuild");
        String configId = as(tenant.admin()).body(openAi).post("/api/v1/ai/provider-configs")
                                            .then().statusCode(201).extract().path("data.id");
        as(tenant.admin()).body(Map.of("capability", "GENERAL", "provider", "LOCAL", "model", "local-rules-v1"))
                          .post("/api/v1/ai/provider-configs").then().statusCode(201);
        as(tenant.admin()).body(Map.of("enabled", false, "timeoutSeconds", 45))
                          .patch("/api/v1/ai/provider-configs/" + configId).then().statusCode(200);
        Map<String, Object> template = Map.of("templateKey", "cases.recommendation", "capability", "CASE_ASSIST",
                                              "systemPrompt", "Triage", "userPromptTemplate", "{{inputJson}}");
        String v1 = as(tenant.admin()).body(template).post("/api/v1/ai/prompt-templates")
                                      .then().statusCode(201).extract().path("data.id");
        as(tenant.admin()).body(Map.of("systemPrompt", "Triage better")).patch("/api/v1/ai/prompt-templates/" + v1)
                          .then().statusCode(201);
        as(tenant.admin()).body(Map.of("active", false)).patch("/api/v1/ai/prompt-templates/" + v1)
                          .then().statusCode(200);
        as(operator()).body(Map.of("scope", "GLOBAL", "capability", "GENERAL", "provider", "LOCAL",
                                   "model", "local-rules-v1"))
                      .post("/api/v1/ai/provider-configs").then().statusCode(oneOf(200, 201));
        String global = as(operator()).body(Map.of("scope", "GLOBAL", "templateKey", "general.assist",
                                                   "capability", "GENERAL", "systemPrompt", "Assist",
                                                   "userPromptTemplate", "{{inputJson}}"))
                                      .post("/api/v1/ai/prompt-templates").then().statusCode(201)
                                      .extract().path("data.id");
        as(operator()).body(Map.of("active", false)).patch("/api/v1/ai/prompt-templates/" + global)
                      .then().statusCode(200);
    }

    /**
     * An owner answering in the portal: a work order above their limit approved, an invoice's OWNER step
     * approved, and a case with an owner-visible status on their property.
     */
    private void somePortalHistory() {
        String ownerId = as(operator).body(Map.of("displayName", "Portal owner"))
                                     .post("/api/v1/owners").then().statusCode(201).extract().path("data.id");
        String propertyId = as(operator).body(Map.of("propertyCode", "RB-P", "name", "Portal house",
                                                     "propertyType", "RESIDENTIAL", "city", "Springfield"))
                                        .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
        as(operator).body(Map.of("ownershipPercentage", 100, "startDate", "2024-01-01",
                                 "approvalLimit", Map.of("amount", "500.00", "currency", "USD")))
                    .post("/api/v1/owners/" + ownerId + "/properties/" + propertyId).then().statusCode(201);
        Member owner = tenants.ownerMember(tenant, UUID.fromString(ownerId));
        String caseId = as(operator).body(Map.of("caseType", "maintenance", "title", "Portal roof",
                                                 "propertyId", propertyId, "ownerVisibleStatus", "Quote requested"))
                                    .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        String workOrderId = as(operator).body(Map.of("trade", "roofing",
                                                      "notToExceed", Map.of("amount", "900.00", "currency", "USD")))
                                         .post("/api/v1/cases/" + caseId + "/work-orders")
                                         .then().statusCode(201).extract().path("data.id");
        String vendorId = as(operator).body(Map.of("name", "Portal vendor")).post("/api/v1/vendors")
                                      .then().statusCode(201).extract().path("data.id");
        String invoiceId = as(operator).body(Map.of("vendorId", vendorId, "propertyId", propertyId,
                                                    "invoiceNumber", "RB-P", "invoiceDate", "2025-02-01",
                                                    "currencyCode", "USD",
                                                    "lines", List.of(Map.of("lineNumber", 1, "quantity", "1",
                                                                            "unitPrice", "700"))))
                                       .post("/api/v1/invoices").then().statusCode(201).extract().path("data.id");
        as(operator).post("/api/v1/invoices/" + invoiceId + "/submit-for-review").then().statusCode(200);
        invoiceFlows.start(operator, UUID.fromString(invoiceId),
                           InvoiceFlows.owners("Owner", UUID.fromString(ownerId)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(owner).get("/api/v1/portal/approvals").then().statusCode(200)
                               .body("data.id", hasItems(workOrderId, invoiceId)));
        as(owner).post("/api/v1/portal/approvals/work-orders/" + workOrderId + "/approve").then().statusCode(200);
        as(owner).post("/api/v1/portal/approvals/invoices/" + invoiceId + "/approve").then().statusCode(200);
    }

    /** Defined, then changed: a property rule with a band and a two-step ladder, then a catch-all alone. */
    private void someApprovalPolicyHistory() {
        String propertyId = as(operator).get("/api/v1/properties").then().extract().path("data[1].id");
        Map<String, Object> catchAll = Map.of("name", "Everything else", "steps",
                                              List.of(Map.of("name", "Finance", "roleName", "finance", "mode", "ANY")));
        Map<String, Object> tower = Map.of("name", "Tower", "propertyIds", List.of(propertyId),
                                           "minAmount", Map.of("amount", "100.00", "currency", "USD"),
                                           "categories", List.of("CAPITAL", "GENERAL"),
                                           "steps", List.of(Map.of("name", "Ops", "roleName", "operations",
                                                                   "mode", "ANY"),
                                                            Map.of("name", "Admin", "roleName", "admin",
                                                                   "mode", "ANY")));
        as(tenant.admin()).body(Map.of("rules", List.of(tower, catchAll), "nteTolerancePercent", 12))
                          .put("/api/v1/approval-policy").then().statusCode(200);
        as(tenant.admin()).body(Map.of("rules", List.of(catchAll), "requireApprovalForAll", true))
                          .put("/api/v1/approval-policy").then().statusCode(200);
    }

    /**
     * A work order above the limit of the property's owner: approved and dispatched when the owner is active
     * (i = 1), cancelled (i = 0), or left open (i = 2; an inactive owner is not asked).
     */
    private void someWorkOrderHistory(int i, String propertyId, String ownerId, String vendorId) {
        String caseId = as(operator).body(Map.of("caseType", "maintenance", "title", "Roof " + i,
                                                 "propertyId", propertyId))
                                    .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        String workOrderId = as(operator).body(Map.of("trade", "roofing",
                                                      "notToExceed", Map.of("amount", "900.00", "currency", "USD")))
                                         .post("/api/v1/cases/" + caseId + "/work-orders")
                                         .then().statusCode(201).extract().path("data.id");
        String workOrder = "/api/v1/work-orders/" + workOrderId;
        switch (i) {
            case 1 -> {
                as(operator).body(Map.of("decision", "APPROVE", "channel", "PHONE", "ownerId", ownerId))
                            .post(workOrder + "/owner-decision").then().statusCode(200);
                as(operator).body(Map.of("vendorId", vendorId)).post(workOrder + "/assign-vendor")
                            .then().statusCode(200);
                as(operator).post(workOrder + "/accept").then().statusCode(200);
            }
            case 0 -> as(operator).body(Map.of("reason", "Tenant fixed it"))
                                  .post(workOrder + "/cancel").then().statusCode(200);
            default -> {
                // left open
            }
        }
    }

    /**
     * An invoice of each vendor, edited and approved in a two-step flow with a reassignment, then exported
     * (i = 0); sent back for changes and resubmitted (i = 1); a look-alike of the first, flagged, cleared
     * and rejected in review (i = 2).
     */
    private void someInvoiceHistory(int i, String propertyId, String vendorId) {
        String invoiceId = as(operator).body(Map.of("vendorId", vendorId, "propertyId", propertyId,
                                                    "invoiceNumber", "RB-" + i, "invoiceDate", "2025-01-1" + i,
                                                    "currencyCode", "USD",
                                                    "lines", List.of(Map.of("lineNumber", 1, "description", "Labour",
                                                                            "quantity", "2", "unitPrice", "45.50",
                                                                            "taxRate", "8.25", "glAccount", "5100"),
                                                                     Map.of("lineNumber", 2, "quantity", "1",
                                                                            "unitPrice", "10"))))
                                       .post("/api/v1/invoices").then().statusCode(201).extract().path("data.id");
        String invoice = "/api/v1/invoices/" + invoiceId;
        as(operator).body(Map.of("lineNumber", 3, "description", "Parts", "quantity", "1.5", "unitPrice", "12.34"))
                    .post(invoice + "/lines").then().statusCode(201);
        as(operator).body(Map.of("lineNumber", 2, "quantity", "3", "unitPrice", "10"))
                    .put(invoice + "/lines/2").then().statusCode(200);
        as(operator).delete(invoice + "/lines/3").then().statusCode(200);
        as(operator).body(Map.of("dueDate", "2025-03-01")).patch(invoice).then().statusCode(200);
        as(operator).post(invoice + "/submit-for-review").then().statusCode(200);
        Member finance = tenants.member(tenant, "finance");
        UUID flowId = invoiceFlows.start(operator, UUID.fromString(invoiceId), InvoiceFlows.role("Finance", "finance"),
                                         InvoiceFlows.users("Director", ApprovalMode.ANY, finance));
        String flow = "/api/v1/approval-flows/" + flowId;
        switch (i) {
            case 0 -> {
                as(finance).post(flow + "/approve").then().statusCode(200);
                as(tenant.admin()).body(Map.of("roleName", "admin", "reason", "Director on leave"))
                                  .post(flow + "/reassign").then().statusCode(200);
                as(tenant.admin()).body(Map.of("reason", "Checked")).post(flow + "/approve").then().statusCode(200);
                as(operator).post(invoice + "/export").then().statusCode(201);
            }
            case 1 -> {
                as(finance).body(Map.of("reason", "Split the labour")).post(flow + "/request-changes")
                           .then().statusCode(200);
                invoiceFlows.start(operator, UUID.fromString(invoiceId), InvoiceFlows.role("Finance", "finance"));
            }
            default -> {
                String lookalike = as(operator).body(Map.of("vendorId", vendorId, "propertyId", propertyId,
                                                            "invoiceNumber", "RB-" + i + "-again",
                                                            "invoiceDate", "2025-01-20", "currencyCode", "USD",
                                                            "lines", List.of(Map.of("lineNumber", 1, "quantity", "2",
                                                                                    "unitPrice", "45.50",
                                                                                    "taxRate", "8.25"),
                                                                             Map.of("lineNumber", 2, "quantity", "3",
                                                                                    "unitPrice", "10"))))
                                               .post("/api/v1/invoices").then().statusCode(201)
                                               .extract().path("data.id");
                as(operator).post("/api/v1/invoices/" + lookalike + "/submit-for-review").then().statusCode(200)
                            .body("data.duplicateCheckStatus", equalTo("SUSPECTED_DUPLICATE"));
                as(finance).body(Map.of("reason", "Separate visit")).post("/api/v1/invoices/" + lookalike
                                                                                  + "/clear-duplicate")
                           .then().statusCode(200);
                as(finance).body(Map.of("reason", "Not ours")).post("/api/v1/invoices/" + lookalike + "/reject")
                           .then().statusCode(200);
            }
        }
    }

    @Test
    void everyProjectionRebuildsToExactlyTheSameRows() {
        List<String> projections = as(operator()).get("/api/v1/admin/projections")
                                                     .then().statusCode(200)
                                                     .body("data.name", hasItems("case-view", "access-directory",
                                                                                 "owner-directory", "sla-policy",
                                                                                 "task-view", "invoice-view",
                                                                                 "approval-flow-view",
                                                                                 "ai-provider-config",
                                                                                 "ai-prompt-template",
                                                                                 "workflow-timeline", "portal-owner",
                                                                                 "portal-property", "portal-case",
                                                                                 "portal-work-order", "portal-invoice",
                                                                                 "audit-log"))
                                                     .extract().<List<String>>path(
                                                             "data.findAll { it.rebuildable }.name")
                                                     .stream().filter(name -> !name.startsWith("test-")).toList();
        // No command waits for the audit log: let every projection reach the head before comparing.
        projections.forEach(this::awaitCaughtUp);
        for (String projection : projections) {
            Map<String, List<Map<String, Object>>> before = readModels();

            as(operator()).post("/api/v1/admin/projections/" + projection + "/rebuild")
                              .then().statusCode(202)
                              .body("data.name", equalTo(projection));
            awaitCaughtUp(projection);

            assertThat(readModels()).as("read models after rebuilding %s", projection).isEqualTo(before);
        }
    }

    @Test
    void rebuildingEveryProjectionAtOnceGivesTheSameRowsWhileTheApplicationServes() {
        List<String> projections = projections();
        projections.forEach(this::awaitCaughtUp);
        Map<String, List<Map<String, Object>>> before = readModels();

        JsonPath answer = as(operator()).post("/api/v1/admin/projections/rebuild").then().statusCode(202)
                                        .extract().jsonPath();
        assertThat(answer.getList("data.name", String.class)).containsAll(projections);
        assertThat(answer.getList("data.state", String.class))
                .allMatch(state -> List.of("STARTING", "REBUILDING", "RUNNING").contains(state));

        // Reads go on meanwhile. While access-directory refills, a token's user or its roles may briefly be
        // unknown (401 or 403, see docs/operations.md); nothing fails.
        List<Integer> answers = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            answers.add(as(operator).get("/api/v1/cases").then().extract().statusCode());
            assertThat(answers.get(answers.size() - 1)).isEqualTo(200);
        });
        assertThat(answers).allMatch(status -> List.of(200, 401, 403).contains(status));
        projections.forEach(this::awaitCaughtUp);

        assertThat(readModels()).isEqualTo(before);
    }

    @Test
    void rebuildingEverythingNeedsThePlatformOperator() {
        as(tenant.admin()).post("/api/v1/admin/projections/rebuild").then().statusCode(403);
        as(operator).post("/api/v1/admin/projections/rebuild").then().statusCode(403);
    }

    @Test
    void aRebuildRepairsARowThatNoLongerMatchesTheEvents() {
        Map<String, List<Map<String, Object>>> faithful = readModels();
        jdbc.update("UPDATE case_view SET title = 'tampered', version = version + 100 WHERE organization_id = ?",
                    tenant.organizationId());

        as(operator()).post("/api/v1/admin/projections/case-view/rebuild").then().statusCode(202);
        awaitCaughtUp("case-view");

        assertThat(readModels()).isEqualTo(faithful);
    }

    @Test
    void theApplicationKeepsServingDuringARebuild() {
        as(operator()).post("/api/v1/admin/projections/case-view/rebuild").then().statusCode(202);
        as(operator).get("/api/v1/cases").then().statusCode(200);
        as(operator).body(Map.of("caseType", "maintenance", "title", "Opened during a rebuild"))
                    .post("/api/v1/cases").then().statusCode(201)
                    .body("data.title", equalTo("Opened during a rebuild"));
        awaitCaughtUp("case-view");
        // Five cases of the history, three behind its work orders, the portal's, and the one opened meanwhile.
        as(operator).get("/api/v1/cases").then().body("meta.total", equalTo(10));
    }

    @Test
    void rebuildingNeedsThePlatformOperatorAndAKnownProjection() {
        for (Member tenantMember : List.of(operator, tenant.admin())) {
            as(tenantMember).get("/api/v1/admin/projections").then().statusCode(403);
            as(tenantMember).get("/api/v1/admin/projections/case-view").then().statusCode(403);
            as(tenantMember).post("/api/v1/admin/projections/case-view/rebuild").then().statusCode(403);
            as(tenantMember).post("/api/v1/admin/projections/case-view/dead-letters/retry").then().statusCode(403);
        }
        as(operator()).post("/api/v1/admin/projections/no-such-projection/rebuild")
                          .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    /** The assistant acts on new events as their commands commit; it is no projection, and nothing replays it. */
    @Test
    void theAssistantIsNeverReplayed() {
        as(operator()).get("/api/v1/admin/projections").then().statusCode(200)
                      .body("data.name", not(hasItem("ai-assistant")));
        as(operator()).get("/api/v1/admin/projections/ai-assistant").then().statusCode(404);
        as(operator()).post("/api/v1/admin/projections/ai-assistant/rebuild")
                      .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    /** The application's projections that can be rebuilt, without those only tests have. */
    private List<String> projections() {
        return as(operator()).get("/api/v1/admin/projections").then().statusCode(200)
                             .extract().<List<String>>path("data.findAll { it.rebuildable }.name")
                             .stream().filter(name -> !name.startsWith("test-")).toList();
    }

    private Member operator() {
        return tenants.platformOperator();
    }

    private void awaitCaughtUp(String projection) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonPath status = as(operator()).get("/api/v1/admin/projections/" + projection)
                                                .then().statusCode(200).extract().jsonPath();
            assertThat(status.getString("data.state")).isEqualTo("RUNNING");
            // A segment shows in the status only once its work package has run; until then the others can
            // look caught up while it has replayed nothing. This test runs one node, so it must show all.
            assertThat(status.getInt("data.segmentsClaimed")).isPositive()
                                                             .isEqualTo(status.getInt("data.segments"));
            assertThat(status.getLong("data.lag")).isZero();
        });
    }

    /** Every read-model table, its rows in a stable order. */
    private Map<String, List<Map<String, Object>>> readModels() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                                                        + "WHERE table_schema = 'public' ORDER BY table_name",
                                                String.class);
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            if (!NOT_READ_MODELS.contains(table)) {
                rows.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2"));
            }
        }
        assertThat(rows).containsKeys("case_view", "directory_user", "directory_role_permission", "owner_view",
                                      "property_view", "building_view", "unit_view", "ownership_view",
                                      "vendor_view", "vendor_service_region", "work_order_view", "sla_policy_view",
                                      "sla_policy_target", "task_view", "approval_policy_view", "invoice_view",
                                      "invoice_line_view", "approval_flow_view", "approval_step_view",
                                      "approval_flow_invoice", "ai_provider_config_view",
                                      "ai_prompt_template_view", "workflow_run", "workflow_entry",
                                      "portal_owner", "portal_property", "portal_ownership", "portal_case",
                                      "portal_work_order", "portal_work_order_owner", "portal_invoice",
                                      "portal_invoice_owner", "audit_entry");
        return rows;
    }
}
