package com.vivanta.ops.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.vivanta.ops.api.workflow.WorkflowTargetType;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workflow timeline over HTTP: runs and entries derived from the events, and acting on runs. */
class WorkflowTimelineApiTest extends ApiTest {

    /** The entries of a timeline that are the case's own events, leaving out the assistant's runs. */
    private static final String CASE_EVENTS = "data.entries.findAll { !it.eventType.startsWith('Ai') }";
    private static final String CASE_EVENTS_OF_LIST = "data.findAll { !it.eventType.startsWith('Ai') }";

    private Tenant tenant;
    private Member operator;
    private Member finance;
    private String propertyId;
    private String vendorId;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
        finance = tenants.member(tenant, "finance");
        propertyId = as(operator).body(Map.of("propertyCode", "WF-1", "name", "Flow Court",
                                              "propertyType", "RESIDENTIAL"))
                                 .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
        vendorId = as(operator).body(Map.of("name", "Flow Plumbing",
                                            "insuranceExpiresOn", LocalDate.now().plusYears(1).toString()))
                               .post("/api/v1/vendors").then().statusCode(201).extract().path("data.id");
    }

    /** A request as {@code member} whose events carry {@code correlationId}. */
    private RequestSpecification as(Member member, String correlationId) {
        return as(member).header("X-Correlation-Id", correlationId);
    }

    private String openCase(String correlationId) {
        return as(operator, correlationId).body(Map.of("caseType", "maintenance", "title", "Burst pipe",
                                                       "propertyId", propertyId))
                                          .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
    }

    private String raiseWorkOrder(String caseId, String correlationId, Map<String, ?> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("trade", "plumbing"));
        body.putAll(extra);
        return as(operator, correlationId).body(body).post("/api/v1/cases/" + caseId + "/work-orders")
                                          .then().statusCode(201).extract().path("data.id");
    }

    private void workOrderStep(String workOrderId, String action, Map<String, ?> body) {
        as(operator, "wf-wo-" + action).body(body).post("/api/v1/work-orders/" + workOrderId + "/" + action)
                                       .then().statusCode(200);
    }

    /** The entity's timeline once it satisfies {@code ready} (the projection runs on its own). */
    private JsonPath timeline(Member member, String path, Predicate<JsonPath> ready) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = as(member).get(path).then().statusCode(200).extract().jsonPath();
            return ready.test(last[0]);
        });
        return last[0];
    }

    /** An invoice in DRAFT, once its run is projected. */
    private String draftInvoice() {
        String invoiceId = as(operator).body(Map.of("vendorId", vendorId, "propertyId", propertyId,
                                                    "currencyCode", "USD"))
                                       .post("/api/v1/invoices").then().statusCode(201).extract().path("data.id");
        timelineWith("/api/v1/invoices/" + invoiceId + "/timeline", 1);
        return invoiceId;
    }

    /** The id of the case's run, once it is projected. */
    private String runOfProjectedCase(String caseId) {
        timelineWith("/api/v1/cases/" + caseId + "/timeline", 1);
        return WorkflowTargetType.CASE.runIdOf(UUID.fromString(caseId)).toString();
    }

    private JsonPath timelineWith(String path, int entries) {
        return timeline(operator, path, json -> json.getInt("data.entries.size()") >= entries);
    }

    @Test
    void aFullFlowLeavesEveryEventOnTheTimelinesInOrderAndEndsEachRun() {
        String caseId = openCase("wf-case");
        String workOrderId = raiseWorkOrder(caseId, "wf-raise", Map.of());
        workOrderStep(workOrderId, "assign-vendor", Map.of("vendorId", vendorId));
        workOrderStep(workOrderId, "accept", Map.of());
        workOrderStep(workOrderId, "schedule", Map.of("scheduledFor", "2026-12-02T09:00:00Z"));
        workOrderStep(workOrderId, "start", Map.of());
        workOrderStep(workOrderId, "mark-complete", Map.of("note", "Pipe replaced"));

        String invoiceId = as(operator, "wf-invoice").body(Map.of(
                        "vendorId", vendorId, "propertyId", propertyId, "workOrderId", workOrderId,
                        "invoiceNumber", "WF-100", "invoiceDate", LocalDate.now().toString(), "currencyCode", "USD",
                        "lines", List.of(Map.of("lineNumber", 1, "description", "Pipe", "quantity", "1",
                                                "unitPrice", "400.00"))))
                .post("/api/v1/invoices").then().statusCode(201).extract().path("data.id");
        String flowId = as(operator, "wf-submit").post("/api/v1/invoices/" + invoiceId + "/submit-for-approval")
                                                 .then().statusCode(200).extract().path("data.currentFlowId");
        as(finance, "wf-approve").post("/api/v1/approval-flows/" + flowId + "/approve").then().statusCode(200);
        as(operator, "wf-export").post("/api/v1/invoices/" + invoiceId + "/export").then().statusCode(201);

        for (String status : List.of("IN_PROGRESS", "RESOLVED", "CLOSED")) {
            as(operator, "wf-case-" + status).body(Map.of("status", status))
                                             .post("/api/v1/cases/" + caseId + "/change-status")
                                             .then().statusCode(200);
        }

        String operatorId = operator.userId().toString();
        JsonPath workOrder = timeline(operator, "/api/v1/work-orders/" + workOrderId + "/timeline",
                                      json -> "COMPLETED".equals(json.getString("data.run.status")));
        assertThat(workOrder.getList("data.entries.eventType", String.class))
                .containsExactly("WorkOrderCreated", "WorkOrderVendorAssigned", "WorkOrderVendorAccepted",
                                 "WorkOrderScheduled", "WorkOrderStarted", "WorkOrderCompleted");
        assertThat(workOrder.getList("data.entries.correlationId", String.class))
                .containsExactly("wf-raise", "wf-wo-assign-vendor", "wf-wo-accept", "wf-wo-schedule", "wf-wo-start",
                                 "wf-wo-mark-complete");
        assertThat(workOrder.getList("data.entries.actor", String.class)).containsOnly(operatorId);
        assertThat(workOrder.getList("data.entries.status", String.class)).containsOnly("COMPLETED");
        assertThat(workOrder.getString("data.entries[3].summary")).isEqualTo("Scheduled for 2026-12-02T09:00:00Z");
        assertThat(workOrder.getString("data.run.workflowType")).isEqualTo("WORK_ORDER");
        assertThat(workOrder.getString("data.run.entityStatus")).isEqualTo("COMPLETED");
        assertThat(workOrder.getString("data.run.completedAt")).isNotNull();
        assertThat(workOrder.getInt("data.run.entryCount")).isEqualTo(6);

        JsonPath invoice = timeline(operator, "/api/v1/invoices/" + invoiceId + "/timeline",
                                    json -> "COMPLETED".equals(json.getString("data.run.status")));
        assertThat(invoice.getList("data.entries.eventType", String.class))
                .containsExactly("InvoiceCreated", "InvoiceLineAdded", "InvoiceApprovalFlowStarted",
                                 "ApprovalStepDecided", "InvoiceApproved", "InvoiceExported");
        assertThat(invoice.getList("data.entries.actor", String.class))
                .containsExactly(operatorId, operatorId, operatorId, finance.userId().toString(),
                                 finance.userId().toString(), operatorId);
        assertThat(invoice.getList("data.entries.correlationId", String.class))
                .containsExactly("wf-invoice", "wf-invoice", "wf-submit", "wf-approve", "wf-approve", "wf-export");
        assertThat(invoice.getString("data.entries[3].summary")).isEqualTo("Step 1 approved");
        assertThat(invoice.getString("data.run.workflowType")).isEqualTo("INVOICE_PROCESSING");
        assertThat(invoice.getString("data.run.entityStatus")).isEqualTo("EXPORTED");

        JsonPath caseTimeline = timeline(operator, "/api/v1/cases/" + caseId + "/timeline",
                                         json -> "COMPLETED".equals(json.getString("data.run.status")));
        // The assistant looks at every new case; its runs are entries too, at times of their own.
        assertThat(caseTimeline.getList(CASE_EVENTS + ".eventType", String.class))
                .containsExactly("CaseOpened", "CaseWorkOrderAttached", "CaseWorkOrderReleased", "CaseStatusChanged",
                                 "CaseStatusChanged", "CaseStatusChanged");
        assertThat(caseTimeline.getList(CASE_EVENTS + ".summary", String.class))
                .containsExactly("Case opened: Burst pipe", "Work order WO-000001 raised",
                                 "Work order WO-000001 completed", "Status changed OPEN → IN_PROGRESS",
                                 "Status changed IN_PROGRESS → RESOLVED", "Status changed RESOLVED → CLOSED");
        // The case's own bookkeeping of its work happens in the work order's request.
        assertThat(caseTimeline.getList(CASE_EVENTS + ".correlationId", String.class))
                .containsExactly("wf-case", "wf-raise", "wf-wo-mark-complete", "wf-case-IN_PROGRESS",
                                 "wf-case-RESOLVED", "wf-case-CLOSED");
        assertThat(caseTimeline.getString("data.run.workflowType")).isEqualTo("CASE_LIFECYCLE");

        String caseRunId = caseTimeline.getString("data.run.id");
        assertThat(caseRunId).isEqualTo(WorkflowTargetType.CASE.runIdOf(UUID.fromString(caseId)).toString());
        as(operator).get("/api/v1/workflows/runs/" + caseRunId).then().statusCode(200)
                    .body("data.targetEntityType", equalTo("CASE"))
                    .body("data.targetEntityId", equalTo(caseId))
                    .body("data.status", equalTo("COMPLETED"));
        as(operator).get("/api/v1/workflows/runs/" + caseRunId + "/events").then().statusCode(200)
                    .body("meta.total", equalTo(caseTimeline.getInt("data.run.entryCount")))
                    .body("data[0].eventType", equalTo("CaseOpened"))
                    .body(CASE_EVENTS_OF_LIST + ".summary[5]", equalTo("Status changed RESOLVED → CLOSED"));

        as(operator).get("/api/v1/workflows/runs").then().statusCode(200)
                    .body("meta.total", equalTo(3))
                    // Most recently started first.
                    .body("data.targetEntityType", equalTo(List.of("INVOICE", "WORK_ORDER", "CASE")));
        as(operator).queryParam("workflowType", "case_lifecycle").get("/api/v1/workflows/runs")
                    .then().statusCode(200).body("meta.total", equalTo(1)).body("data[0].id", equalTo(caseRunId));
        as(operator).queryParam("targetEntityType", "work_order").queryParam("targetEntityId", workOrderId)
                    .queryParam("status", "completed").get("/api/v1/workflows/runs")
                    .then().statusCode(200).body("meta.total", equalTo(1));
        as(operator).queryParam("status", "RUNNING").get("/api/v1/workflows/runs")
                    .then().statusCode(200).body("meta.total", equalTo(0));
    }

    /** A property whose owner must approve work above 500 USD. */
    private void ownerApprovesAbove500() {
        String ownerId = as(operator).body(Map.of("displayName", "Olive Owner")).post("/api/v1/owners")
                                     .then().statusCode(201).extract().path("data.id");
        as(operator).body(Map.of("ownershipPercentage", 100,
                                 "approvalLimit", Map.of("amount", "500.00", "currency", "USD")))
                    .post("/api/v1/owners/" + ownerId + "/properties/" + propertyId).then().statusCode(201);
    }

    @Test
    void aRunWaitsForTheOwnerAndCancellingItCancelsTheWorkOrder() {
        ownerApprovesAbove500();
        String caseId = openCase("wf-case");
        String workOrderId = raiseWorkOrder(caseId, "wf-raise",
                                            Map.of("notToExceed", Map.of("amount", "900.00", "currency", "USD")));
        String path = "/api/v1/work-orders/" + workOrderId + "/timeline";
        JsonPath waiting = timeline(operator, path, json -> json.getInt("data.entries.size()") >= 2);
        assertThat(waiting.getString("data.run.status")).isEqualTo("WAITING");
        assertThat(waiting.getString("data.run.entityStatus")).isEqualTo("AWAITING_OWNER_APPROVAL");
        assertThat(waiting.getList("data.entries.eventType", String.class))
                .containsExactly("WorkOrderCreated", "WorkOrderOwnerApprovalRequested");
        assertThat(waiting.getString("data.entries[1].summary"))
                .isEqualTo("Owner approval requested: not to exceed 900.00 USD against a limit of 500.00 USD");
        String runId = waiting.getString("data.run.id");

        as(operator).body(Map.of("reason", "Owner will fix it")).post("/api/v1/workflows/runs/" + runId + "/cancel")
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(tenant.admin(), "wf-cancel").body(Map.of("reason", "Owner will fix it"))
                                       .post("/api/v1/workflows/runs/" + runId + "/cancel")
                                       .then().statusCode(200)
                                       .body("data.id", equalTo(runId))
                                       .body("data.status", equalTo("CANCELLED"))
                                       .body("data.entityStatus", equalTo("CANCELLED"))
                                       .body("data.completedAt", notNullValue());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(operator).get("/api/v1/work-orders/" + workOrderId).then().statusCode(200)
                                  .body("data.status", equalTo("CANCELLED")));
        JsonPath cancelled = timelineWith(path, 3);
        assertThat(cancelled.getString("data.entries[2].eventType")).isEqualTo("WorkOrderCancelled");
        assertThat(cancelled.getString("data.entries[2].summary"))
                .isEqualTo("Cancelled (was AWAITING_OWNER_APPROVAL): Owner will fix it");
        assertThat(cancelled.getString("data.entries[2].actor")).isEqualTo(tenant.admin().userId().toString());
        assertThat(cancelled.getString("data.entries[2].correlationId")).isEqualTo("wf-cancel");

        // Ended runs stay ended: the entity's own rules refuse a second cancel.
        as(tenant.admin()).body(Map.of("reason", "Again")).post("/api/v1/workflows/runs/" + runId + "/cancel")
                          .then().statusCode(409);
        as(tenant.admin()).post("/api/v1/workflows/runs/" + runId + "/retry")
                          .then().statusCode(409).body("code", equalTo("NOTHING_TO_RETRY"));
    }

    @Test
    void cancellingACaseRunCancelsTheCaseAndAnInvoiceRunCannotBeCancelled() {
        String caseId = openCase("wf-case");
        String caseRun = runOfProjectedCase(caseId);
        as(tenant.admin()).body(Map.of("reason", "Duplicate report"))
                          .post("/api/v1/workflows/runs/" + caseRun + "/cancel").then().statusCode(200)
                          .body("data.status", equalTo("CANCELLED"));
        // The route waited for the timeline; the case's own view follows on its own processor.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(operator).get("/api/v1/cases/" + caseId).then().body("data.status", equalTo("CANCELLED")));
        as(operator).get("/api/v1/workflows/runs/" + caseRun + "/events").then().statusCode(200)
                    .body(CASE_EVENTS_OF_LIST + ".summary[1]",
                          equalTo("Status changed OPEN → CANCELLED: Duplicate report"));

        String invoiceId = draftInvoice();
        as(tenant.admin()).body(Map.of("reason", "Not ours"))
                          .post("/api/v1/workflows/runs/" + WorkflowTargetType.INVOICE.runIdOf(UUID.fromString(invoiceId))
                                + "/cancel")
                          .then().statusCode(409).body("code", equalTo("CANCEL_NOT_SUPPORTED"));
    }

    @Test
    void badInputIsRefused() {
        String caseId = openCase("wf-case");
        String caseRun = runOfProjectedCase(caseId);
        as(operator).queryParam("status", "SOMETIMES").get("/api/v1/workflows/runs").then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
        as(operator).queryParam("limit", 0).get("/api/v1/workflows/runs").then().statusCode(400);
        as(operator).queryParam("targetEntityId", "nope").get("/api/v1/workflows/runs").then().statusCode(400);
        as(operator).get("/api/v1/workflows/runs/not-a-uuid").then().statusCode(400);
        as(operator).get("/api/v1/workflows/runs/not-a-uuid/events").then().statusCode(400);
        as(operator).get("/api/v1/cases/not-a-uuid/timeline").then().statusCode(400);
        as(tenant.admin()).body(Map.of()).post("/api/v1/workflows/runs/" + caseRun + "/cancel").then().statusCode(400)
                          .body("code", equalTo("VALIDATION_FAILED"))
                          .body("errors.field", hasItem("reason"));
        as(tenant.admin()).body(Map.of("reason", "x".repeat(301))).post("/api/v1/workflows/runs/" + caseRun + "/cancel")
                          .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(tenant.admin()).body(Map.of("reason", " ")).post("/api/v1/workflows/runs/" + caseRun + "/retry")
                          .then().statusCode(400);
        as(tenant.admin()).body(Map.of("reason", "ok", "force", true))
                          .post("/api/v1/workflows/runs/" + caseRun + "/retry")
                          .then().statusCode(400).body("code", equalTo("UNKNOWN_PROPERTY"));
        as(tenant.admin()).body(Map.of("reason", "Try again")).post("/api/v1/workflows/runs/" + caseRun + "/retry")
                          .then().statusCode(409).body("code", equalTo("NOTHING_TO_RETRY"));
        as(operator).get("/api/v1/workflows/runs/" + UUID.randomUUID()).then().statusCode(404)
                    .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void eachRouteNeedsItsPermissions() {
        String caseId = openCase("wf-case");
        String caseRun = runOfProjectedCase(caseId);
        String invoiceId = draftInvoice();

        // Finance reads workflows and invoices, not cases: the case's run is neither shown nor listed.
        as(finance).get("/api/v1/cases/" + caseId + "/timeline").then().statusCode(403)
                   .body("details.requiredPermissions", hasItem("case.read"));
        as(finance).get("/api/v1/workflows/runs/" + caseRun).then().statusCode(403)
                   .body("details.requiredPermissions", equalTo(List.of("case.read")));
        as(finance).get("/api/v1/workflows/runs/" + caseRun + "/events").then().statusCode(403);
        as(finance).get("/api/v1/workflows/runs").then().statusCode(200)
                   .body("meta.total", equalTo(1)).body("data[0].targetEntityType", equalTo("INVOICE"));
        as(finance).get("/api/v1/invoices/" + invoiceId + "/timeline").then().statusCode(200);
        as(finance).get("/api/v1/work-orders/" + UUID.randomUUID() + "/timeline").then().statusCode(403);

        // The owner role reads no workflows at all; operations may not act on runs.
        Member owner = tenants.member(tenant, "owner");
        for (String path : List.of("/api/v1/workflows/runs", "/api/v1/workflows/runs/" + caseRun,
                                   "/api/v1/workflows/runs/" + caseRun + "/events",
                                   "/api/v1/cases/" + caseId + "/timeline",
                                   "/api/v1/invoices/" + invoiceId + "/timeline")) {
            as(owner).get(path).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
        as(operator).body(Map.of("reason", "Enough")).post("/api/v1/workflows/runs/" + caseRun + "/cancel")
                    .then().statusCode(403).body("details.requiredPermissions", equalTo(List.of("workflow.write")));
        as(operator).post("/api/v1/workflows/runs/" + caseRun + "/retry").then().statusCode(403);
    }

    @Test
    void anotherOrganizationsRunsAreNotFoundAndNeverListed() {
        String caseId = openCase("wf-case");
        String workOrderId = raiseWorkOrder(caseId, "wf-raise", Map.of());
        String invoiceId = draftInvoice();
        timelineWith("/api/v1/work-orders/" + workOrderId + "/timeline", 1);
        String caseRun = WorkflowTargetType.CASE.runIdOf(UUID.fromString(caseId)).toString();
        String workOrderRun = WorkflowTargetType.WORK_ORDER.runIdOf(UUID.fromString(workOrderId)).toString();

        Member stranger = tenants.newTenant().admin();
        for (String path : List.of("/api/v1/workflows/runs/" + caseRun, "/api/v1/workflows/runs/" + caseRun + "/events",
                                   "/api/v1/cases/" + caseId + "/timeline",
                                   "/api/v1/work-orders/" + workOrderId + "/timeline",
                                   "/api/v1/invoices/" + invoiceId + "/timeline")) {
            as(stranger).get(path).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        }
        as(stranger).body(Map.of("reason", "Mine now")).post("/api/v1/workflows/runs/" + workOrderRun + "/cancel")
                    .then().statusCode(404);
        as(stranger).post("/api/v1/workflows/runs/" + caseRun + "/retry").then().statusCode(404);
        as(stranger).get("/api/v1/workflows/runs").then().statusCode(200)
                    .body("data.id", not(hasItem(caseRun)))
                    .body("data.targetEntityId", not(hasItem(workOrderId)));
        as(stranger).queryParam("targetEntityId", caseId).get("/api/v1/workflows/runs")
                    .then().statusCode(200).body("meta.total", equalTo(0));
        as(operator).get("/api/v1/work-orders/" + workOrderId).then().body("data.status", equalTo("OPEN"));
        as(operator).get("/api/v1/workflows/runs/" + workOrderRun).then().statusCode(200)
                    .body("data.latestAiRunId", nullValue())
                    .body("data.entityStatus", containsString("OPEN"));
    }
}
