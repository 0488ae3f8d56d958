package com.vivanta.ops.app.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The invoice command routes over HTTP on the real application: entry and lines, submission under the
 * organization's (default) approval policy, flow decisions with separation of duties, the work-order
 * ceiling, duplicates and export.
 */
class InvoiceApiTest extends ApiTest {

    private static final String TODAY = LocalDate.now().toString();

    private Tenant tenant;
    private Member clerk;
    private Member finance;
    private String vendorId;
    private String propertyId;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        clerk = tenants.member(tenant, "operations");
        finance = tenants.member(tenant, "finance");
        vendorId = as(clerk).body(Map.of("name", "Acme Plumbing", "insuranceExpiresOn",
                                         LocalDate.now().plusYears(1).toString()))
                            .post("/api/v1/vendors").then().statusCode(201).extract().path("data.id");
        propertyId = property("MPL");
    }

    private String property(String code) {
        return as(clerk).body(Map.of("propertyCode", code, "name", code + " Court", "propertyType", "RESIDENTIAL"))
                        .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
    }

    private static Map<String, Object> line(int number, String quantity, String unitPrice, String taxRate) {
        Map<String, Object> line = new HashMap<>(Map.of("lineNumber", number, "description", "Line " + number,
                                                        "quantity", quantity, "unitPrice", unitPrice,
                                                        "glAccount", "6100"));
        if (taxRate != null) {
            line.put("taxRate", taxRate);
        }
        return line;
    }

    private Map<String, Object> invoice(String number, Object... lines) {
        Map<String, Object> body = new HashMap<>(Map.of("vendorId", vendorId, "propertyId", propertyId,
                                                        "invoiceNumber", number, "invoiceDate", TODAY,
                                                        "currencyCode", "usd", "lines", List.of(lines)));
        return body;
    }

    private ValidatableResponse enter(Member member, Map<String, Object> body) {
        return as(member).body(body).post("/api/v1/invoices").then();
    }

    /** An invoice for {@code amount} USD in one untaxed line. */
    private String entered(String number, String amount) {
        return enter(clerk, invoice(number, line(1, "1", amount, null))).statusCode(201).extract().path("data.id");
    }

    private ValidatableResponse act(Member member, String invoiceId, String action, Map<String, ?> body) {
        return as(member).body(body).post("/api/v1/invoices/" + invoiceId + "/" + action).then();
    }

    private String submittedForApproval(String invoiceId) {
        return act(clerk, invoiceId, "submit-for-approval", Map.of()).statusCode(200)
                .body("data.status", equalTo("PENDING_APPROVAL")).extract().path("data.currentFlowId");
    }

    private ValidatableResponse decide(Member member, String flowId, String decision, Map<String, ?> body) {
        return as(member).body(body).post("/api/v1/approval-flows/" + flowId + "/" + decision).then();
    }

    private String status(String invoiceId) {
        return as(clerk).get("/api/v1/invoices/" + invoiceId).then().statusCode(200).extract().path("data.status");
    }

    @Nested
    class EntryAndLines {

        @Test
        void entersAnInvoiceWithTotalsDerivedFromItsLines() {
            enter(clerk, invoice("INV-1", line(1, "3", "19.99", "8.25"), line(2, "1", "100", null)))
                    .statusCode(201)
                    .header("Location", notNullValue())
                    .body("data.status", equalTo("DRAFT"))
                    .body("data.currency", equalTo("USD"))
                    .body("data.subtotal.amount", equalTo(159.97f))
                    .body("data.tax.amount", equalTo(4.95f))
                    .body("data.total.amount", equalTo(164.92f))
                    .body("data.lines.amount", equalTo(List.of(59.97f, 100.0f)))
                    .body("data.duplicateCheckStatus", equalTo("CLEAR"));
        }

        @Test
        void linesChangeOnlyWhileEditable() {
            String invoiceId = entered("INV-2", "50.00");
            String path = "/api/v1/invoices/" + invoiceId + "/lines";
            as(clerk).body(line(2, "2", "10", "10")).post(path).then().statusCode(201)
                     .body("data.total.amount", equalTo(72.0f));
            as(clerk).body(line(2, "1", "10", null)).put(path + "/2").then().statusCode(200)
                     .body("data.total.amount", equalTo(60.0f));
            as(clerk).body(line(3, "1", "10", null)).put(path + "/2").then().statusCode(400);
            as(clerk).delete(path + "/2").then().statusCode(200).body("data.total.amount", equalTo(50.0f));
            as(clerk).delete(path + "/9").then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
            as(clerk).body(line(1, "1", "5", null)).post(path).then().statusCode(400)
                     .body("errors[0].field", equalTo("lineNumber"));

            act(clerk, invoiceId, "submit-for-review", Map.of()).statusCode(200)
                    .body("data.status", equalTo("PENDING_REVIEW"));
            as(clerk).body(line(5, "1", "1", null)).post(path).then().statusCode(409)
                     .body("code", equalTo("INVALID_TRANSITION"));
            as(clerk).body(Map.of("invoiceNumber", "INV-2B")).patch("/api/v1/invoices/" + invoiceId)
                     .then().statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
        }

        @Test
        void refusesBadInputWithTheFieldNamed() {
            Map<String, Object> noVendor = invoice("X-1");
            noVendor.remove("vendorId");
            enter(clerk, noVendor).statusCode(400).body("errors[0].field", equalTo("vendorId"));
            Map<String, Object> badCurrency = invoice("X-2");
            badCurrency.put("currencyCode", "DOLLARS");
            enter(clerk, badCurrency).statusCode(400).body("errors[0].field", equalTo("currencyCode"));
            badCurrency.put("currencyCode", "XYZ");
            enter(clerk, badCurrency).statusCode(400).body("code", equalTo("INVALID_VALUE"));
            enter(clerk, invoice("X-3", line(1, "0", "5", null))).statusCode(400)
                    .body("errors[0].field", equalTo("lines[0].quantity"));
            enter(clerk, invoice("X-4", line(1, "1", "5", "150"))).statusCode(400)
                    .body("errors[0].field", equalTo("lines[0].taxRate"));
            enter(clerk, invoice("X-5", line(1, "1", "5", null), line(1, "2", "5", null))).statusCode(400)
                    .body("errors[0].field", equalTo("lines[1].lineNumber"));
            Map<String, Object> dueBefore = invoice("X-6");
            dueBefore.put("dueDate", LocalDate.now().minusDays(1).toString());
            enter(clerk, dueBefore).statusCode(400).body("errors[0].field", equalTo("dueDate"));
            Map<String, Object> withStatus = invoice("X-7");
            withStatus.put("status", "APPROVED");
            enter(clerk, withStatus).statusCode(400).body("code", equalTo("UNKNOWN_PROPERTY"));
            Map<String, Object> withDocument = invoice("X-8");
            withDocument.put("sourceDocumentId", UUID.randomUUID().toString());
            enter(clerk, withDocument).statusCode(400).body("errors[0].field", equalTo("sourceDocumentId"));
            Map<String, Object> unknownVendor = invoice("X-9");
            unknownVendor.put("vendorId", UUID.randomUUID().toString());
            enter(clerk, unknownVendor).statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
            as(clerk).body(Map.of()).post("/api/v1/invoices/not-a-uuid/submit-for-review").then().statusCode(400);
            // Nothing half-written: none of the refused invoices exists.
            as(clerk).get("/api/v1/invoices").then().statusCode(200).body("meta.total", equalTo(0));
        }

        @Test
        void everyRouteNeedsItsPermission() {
            Member owner = tenants.member(tenant, "owner");
            enter(owner, invoice("P-1")).statusCode(403).body("code", equalTo("FORBIDDEN"));
            String invoiceId = entered("P-2", "10");
            String base = "/api/v1/invoices/" + invoiceId;
            as(owner).body(Map.of("invoiceNumber", "P-3")).patch(base).then().statusCode(403);
            as(owner).body(line(2, "1", "1", null)).post(base + "/lines").then().statusCode(403);
            as(owner).body(line(1, "1", "1", null)).put(base + "/lines/1").then().statusCode(403);
            as(owner).delete(base + "/lines/1").then().statusCode(403);
            for (String action : List.of("submit-for-review", "submit-for-approval", "reject", "clear-duplicate",
                                         "export")) {
                act(owner, invoiceId, action, Map.of("reason", "Mine")).statusCode(403);
            }
            act(finance, invoiceId, "submit-for-review", Map.of()).statusCode(200);
            act(clerk, invoiceId, "reject", Map.of("reason", "No")).statusCode(403)
                    .body("details.requiredPermissions", hasItem("invoice.approve"));
        }

        @Test
        void refusesBadChangesWithTheFieldNamed() {
            String invoiceId = entered("B-1", "10");
            String base = "/api/v1/invoices/" + invoiceId;
            as(clerk).body(Map.of("invoiceNumber", "--")).patch(base).then().statusCode(400)
                     .body("errors[0].field", equalTo("invoiceNumber"));
            as(clerk).body(Map.of("dueDate", "soon")).patch(base).then().statusCode(400)
                     .body("errors[0].field", equalTo("dueDate"));
            as(clerk).body(Map.of("expenseCategory", "LUXURIES")).patch(base).then().statusCode(400);
            as(clerk).body(Map.of("lineNumber", 2, "quantity", "1")).post(base + "/lines").then().statusCode(400)
                     .body("errors[0].field", equalTo("unitPrice"));
            as(clerk).body(line(2, "1", "1.23456", null)).post(base + "/lines").then().statusCode(400)
                     .body("errors[0].field", equalTo("line.unitPrice"));
            as(clerk).get(base).then().body("data.version", equalTo(1)).body("data.invoiceNumber", equalTo("B-1"));
        }
    }

    @Nested
    class Duplicates {

        @Test
        void twentyParallelEntriesOfOneVendorsNumberGiveExactlyOneInvoice() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                List<Callable<Integer>> entries = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    String spelling = List.of("INV-0077", "inv 77", "Inv.077", "INV77").get(i % 4);
                    entries.add(() -> enter(clerk, invoice(spelling, line(1, "1", "10", null)))
                            .extract().statusCode());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : pool.invokeAll(entries)) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).filteredOn(code -> code == 201).hasSize(1);
                assertThat(statuses).filteredOn(code -> code != 201).allMatch(code -> code == 409);
            } finally {
                pool.shutdownNow();
            }
            enter(clerk, invoice("INV 00077")).statusCode(409).body("code", equalTo("DUPLICATE_INVOICE"));
            as(clerk).get("/api/v1/invoices").then().body("meta.total", equalTo(1));
        }

        @Test
        void anotherVendorOrOrganizationMayUseTheSameNumber() {
            entered("INV-5", "10");
            String otherVendor = as(clerk).body(Map.of("name", "Other Co")).post("/api/v1/vendors")
                                          .then().statusCode(201).extract().path("data.id");
            Map<String, Object> sameNumber = invoice("INV-5");
            sameNumber.put("vendorId", otherVendor);
            enter(clerk, sameNumber).statusCode(201);
        }

        @Test
        void aLookAlikeGoesToReviewAndNeedsClearingBeforeApproval() {
            String first = entered("A-100", "300.00");
            String second = entered("A-101", "301.00");
            act(clerk, second, "submit-for-approval", Map.of()).statusCode(200)
                    .body("data.status", equalTo("PENDING_REVIEW"))
                    .body("data.duplicateCheckStatus", equalTo("SUSPECTED_DUPLICATE"))
                    .body("data.similarInvoiceIds", equalTo(List.of(first)));
            act(clerk, second, "submit-for-approval", Map.of()).statusCode(409)
                    .body("code", equalTo("DUPLICATE_SUSPECTED"));
            act(finance, second, "clear-duplicate", Map.of()).statusCode(400);
            act(clerk, second, "clear-duplicate", Map.of("reason", "Mine, so fine")).statusCode(403)
                    .body("code", equalTo("SEPARATION_OF_DUTIES"));
            act(finance, second, "clear-duplicate", Map.of("reason", "Two separate call-outs")).statusCode(200)
                    .body("data.duplicateCheckStatus", equalTo("CLEARED"));
            submittedForApproval(second);
        }
    }

    @Nested
    class Approval {

        @Test
        void belowEveryThresholdTheDefaultPolicyApproves() {
            String invoiceId = entered("S-1", "120.00");
            act(clerk, invoiceId, "submit-for-approval", Map.of()).statusCode(200)
                    .body("data.status", equalTo("APPROVED"))
                    .body("data.policyRule", notNullValue());
        }

        @Test
        void financeApprovesAStandardInvoice() {
            String invoiceId = entered("S-2", "1200.00");
            String flowId = submittedForApproval(invoiceId);
            decide(finance, flowId, "approve", Map.of()).statusCode(200)
                    .body("data.status", equalTo("APPROVED"))
                    .body("data.steps[0].status", equalTo("APPROVED"));
            assertThat(status(invoiceId)).isEqualTo("APPROVED");
        }

        @Test
        void whoeverSubmittedCannotApproveAndOthersAreNotApprovers() {
            Member financeClerk = tenants.member(tenant, "finance");
            String invoiceId = enter(financeClerk, invoice("S-3", line(1, "1", "900", null)))
                    .statusCode(201).extract().path("data.id");
            String flowId = act(financeClerk, invoiceId, "submit-for-approval", Map.of())
                    .statusCode(200).extract().path("data.currentFlowId");
            decide(financeClerk, flowId, "approve", Map.of()).statusCode(403)
                    .body("code", equalTo("SEPARATION_OF_DUTIES"));
            decide(clerk, flowId, "approve", Map.of()).statusCode(403).body("code", equalTo("FORBIDDEN"));
            decide(finance, flowId, "approve", Map.of()).statusCode(200);
        }

        @Test
        void aRejectionIsFinalAndNothingApprovesItAfterwards() {
            String invoiceId = entered("L-1", "6000.00");
            String flowId = submittedForApproval(invoiceId);
            decide(finance, flowId, "reject", Map.of()).statusCode(400);
            decide(finance, flowId, "reject", Map.of("reason", "Not our building")).statusCode(200)
                    .body("data.status", equalTo("REJECTED"))
                    .body("data.steps[1].status", equalTo("NOT_REACHED"));
            decide(tenant.admin(), flowId, "approve", Map.of()).statusCode(409)
                    .body("code", equalTo("INVALID_TRANSITION"));
            act(clerk, invoiceId, "submit-for-approval", Map.of()).statusCode(409);
            assertThat(status(invoiceId)).isEqualTo("REJECTED");
        }

        @Test
        void aLargeInvoiceNeedsFinanceThenAnAdministrator() {
            String invoiceId = entered("L-2", "6000.00");
            String flowId = submittedForApproval(invoiceId);
            decide(tenant.admin(), flowId, "approve", Map.of()).statusCode(403)
                    .body("code", equalTo("NOT_AN_APPROVER"));
            decide(finance, flowId, "approve", Map.of()).statusCode(200)
                    .body("data.status", equalTo("PENDING"))
                    .body("data.steps[1].status", equalTo("PENDING"));
            decide(tenant.admin(), flowId, "approve", Map.of()).statusCode(200)
                    .body("data.status", equalTo("APPROVED"));
        }

        @Test
        void requestedChangesReopenEditingAndAResubmissionStartsAFreshFlow() {
            String invoiceId = entered("C-1", "800.00");
            String flowId = submittedForApproval(invoiceId);
            decide(finance, flowId, "request-changes", Map.of("reason", "Split labour and parts")).statusCode(200)
                    .body("data.status", equalTo("CHANGES_REQUESTED"));
            assertThat(status(invoiceId)).isEqualTo("CHANGES_REQUESTED");
            as(clerk).body(line(2, "1", "50", null)).post("/api/v1/invoices/" + invoiceId + "/lines")
                     .then().statusCode(201);
            String secondFlow = submittedForApproval(invoiceId);
            assertThat(secondFlow).isNotEqualTo(flowId);
            decide(finance, flowId, "approve", Map.of()).statusCode(409).body("code", equalTo("FLOW_NOT_PENDING"));
            decide(finance, secondFlow, "approve", Map.of()).statusCode(200);
        }

        @Test
        void anAdministratorReassignsAStepWithAReason() {
            Member deputy = tenants.member(tenant, "finance");
            String invoiceId = entered("R-1", "700.00");
            String flowId = submittedForApproval(invoiceId);
            Map<String, Object> toDeputy = Map.of("userIds", List.of(deputy.userId().toString()),
                                                  "reason", "Finance lead on leave");
            as(finance).body(toDeputy).post("/api/v1/approval-flows/" + flowId + "/reassign").then().statusCode(403);
            as(tenant.admin()).body(Map.of("userIds", List.of()))
                              .post("/api/v1/approval-flows/" + flowId + "/reassign").then().statusCode(400);
            as(tenant.admin()).body(Map.of("roleName", "treasurers", "reason", "Nobody else"))
                              .post("/api/v1/approval-flows/" + flowId + "/reassign").then().statusCode(400)
                              .body("errors[0].field", equalTo("roleName"));
            as(tenant.admin()).body(Map.of("userIds", List.of(UUID.randomUUID().toString()), "reason", "Nobody"))
                              .post("/api/v1/approval-flows/" + flowId + "/reassign").then().statusCode(400)
                              .body("errors[0].field", equalTo("userIds"));
            as(tenant.admin()).body(toDeputy).post("/api/v1/approval-flows/" + flowId + "/reassign")
                              .then().statusCode(200);
            decide(finance, flowId, "approve", Map.of()).statusCode(403).body("code", equalTo("NOT_AN_APPROVER"));
            decide(deputy, flowId, "approve", Map.of()).statusCode(200).body("data.status", equalTo("APPROVED"));
        }

        @Test
        void aReviewerRejectsInReview() {
            String invoiceId = entered("V-1", "20.00");
            act(finance, invoiceId, "reject", Map.of("reason", "Not ours")).statusCode(409)
                    .body("code", equalTo("INVALID_TRANSITION"));
            act(clerk, invoiceId, "submit-for-review", Map.of("note", "Please check the rate")).statusCode(200);
            act(finance, invoiceId, "reject", Map.of("reason", "x")).statusCode(400);
            act(finance, invoiceId, "reject", Map.of("reason", "Not ours")).statusCode(200)
                    .body("data.status", equalTo("REJECTED"))
                    .body("data.rejectionReason", equalTo("Not ours"));
        }

        @Test
        void exportsAnApprovedInvoiceOnce() {
            String invoiceId = entered("E-1", "100.00");
            act(clerk, invoiceId, "export", Map.of()).statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
            act(clerk, invoiceId, "submit-for-approval", Map.of()).statusCode(200);
            String location = act(clerk, invoiceId, "export", Map.of()).statusCode(201)
                                                                       .body("data.status", equalTo("EXPORTED"))
                                                                       .extract().header("Location");
            assertThat(location).startsWith("/api/v1/invoices/exports/");
            act(clerk, invoiceId, "export", Map.of()).statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
        }
    }

    @Nested
    class OwnersAndWorkOrders {

        private String openCase() {
            return as(clerk).body(Map.of("caseType", "maintenance", "title", "Leak", "propertyId", propertyId))
                            .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        }

        /** A completed work order on the property with a ceiling of {@code notToExceed} USD. */
        private String completedWorkOrder(String notToExceed) {
            String caseId = openCase();
            String workOrderId = as(clerk).body(Map.of("notToExceed", Map.of("amount", notToExceed, "currency", "USD")))
                                          .post("/api/v1/cases/" + caseId + "/work-orders")
                                          .then().statusCode(201).extract().path("data.id");
            String base = "/api/v1/work-orders/" + workOrderId + "/";
            as(clerk).body(Map.of("vendorId", vendorId)).post(base + "assign-vendor").then().statusCode(200);
            as(clerk).post(base + "accept").then().statusCode(200);
            as(clerk).body(Map.of("scheduledFor", "2026-12-02T09:00:00Z")).post(base + "schedule")
                     .then().statusCode(200);
            as(clerk).post(base + "start").then().statusCode(200);
            as(clerk).body(Map.of()).post(base + "mark-complete").then().statusCode(200);
            return workOrderId;
        }

        @Test
        void billsOnlyCompletedWorkAndFlagsATotalAboveTheCeiling() {
            String caseId = openCase();
            String openWork = as(clerk).body(Map.of()).post("/api/v1/cases/" + caseId + "/work-orders")
                                       .then().statusCode(201).extract().path("data.id");
            Map<String, Object> forOpenWork = invoice("W-1", line(1, "1", "80", null));
            forOpenWork.put("workOrderId", openWork);
            String early = enter(clerk, forOpenWork).statusCode(201).extract().path("data.id");
            act(clerk, early, "submit-for-approval", Map.of()).statusCode(409)
                    .body("code", equalTo("WORK_ORDER_NOT_COMPLETED"));

            String done = completedWorkOrder("100.00");
            Map<String, Object> overCeiling = invoice("W-2", line(1, "1", "115", null));
            overCeiling.put("workOrderId", done);
            String invoiceId = enter(clerk, overCeiling).statusCode(201).extract().path("data.id");
            String flowId = act(clerk, invoiceId, "submit-for-approval", Map.of()).statusCode(200)
                                                                                .body("data.nteCheck",
                                                                                      equalTo("EXCEEDS_NTE"))
                                                                                .extract().path("data.currentFlowId");
            as(finance).get("/api/v1/invoices/queues/exceptions").then().body("data.id", hasItem(invoiceId));
            // Listed only to those who may approve above the ceiling.
            as(finance).get("/api/v1/approvals/my-pending").then().statusCode(200)
                       .body("data.id", not(hasItem(flowId)));
            as(tenant.admin()).get("/api/v1/approvals/my-pending").then().statusCode(200)
                              .body("data.id", hasItem(flowId));
            decide(finance, flowId, "approve", Map.of()).statusCode(403).body("code", equalTo("EXCEEDS_NTE"));
            decide(tenant.admin(), flowId, "approve", Map.of()).statusCode(200)
                    .body("data.status", equalTo("APPROVED"));
        }

        @Test
        void aboveTheOwnersLimitTheOwnerIsAskedUnlessTheWorkWasApproved() {
            String ownerId = as(clerk).body(Map.of("displayName", "Alice Owner")).post("/api/v1/owners")
                                      .then().statusCode(201).extract().path("data.id");
            as(clerk).body(Map.of("ownershipPercentage", 100,
                                  "approvalLimit", Map.of("amount", "500.00", "currency", "USD")))
                     .post("/api/v1/owners/" + ownerId + "/properties/" + propertyId).then().statusCode(201);

            String invoiceId = entered("O-1", "600.00");
            String flowId = submittedForApproval(invoiceId);
            decide(finance, flowId, "approve", Map.of()).statusCode(200)
                    .body("data.steps[1].kind", equalTo("OWNER"))
                    .body("data.steps[1].status", equalTo("PENDING"));
            decide(tenant.admin(), flowId, "approve", Map.of("channel", "PORTAL", "ownerId", ownerId))
                    .statusCode(400);
            Member financeClerk = tenants.member(tenant, "finance");
            // 650, not 600: a look-alike of the first would go to review instead of approval.
            String ownInvoice = enter(financeClerk, invoice("O-2", line(1, "1", "650", null)))
                    .statusCode(201).extract().path("data.id");
            String ownFlow = act(financeClerk, ownInvoice, "submit-for-approval", Map.of())
                    .statusCode(200).extract().path("data.currentFlowId");
            decide(finance, ownFlow, "approve", Map.of()).statusCode(200);
            decide(financeClerk, ownFlow, "approve", Map.of("channel", "PHONE", "ownerId", ownerId))
                    .statusCode(403).body("code", equalTo("SEPARATION_OF_DUTIES"));
            decide(tenant.admin(), flowId, "approve", Map.of("channel", "PHONE", "ownerId", ownerId))
                    .statusCode(200).body("data.status", equalTo("APPROVED"))
                    .body("data.steps[1].decisions[0].channel", equalTo("PHONE"));
        }
    }

    @Test
    void anotherOrganizationFindsNothingOnAnyRoute() {
        String invoiceId = entered("T-1", "900.00");
        String flowId = submittedForApproval(invoiceId);
        Tenant other = tenants.newTenant();
        Member outsider = other.admin();
        String base = "/api/v1/invoices/" + invoiceId;
        as(outsider).body(Map.of("invoiceNumber", "Y")).patch(base).then().statusCode(404);
        as(outsider).body(line(9, "1", "1", null)).post(base + "/lines").then().statusCode(404);
        as(outsider).body(line(1, "1", "1", null)).put(base + "/lines/1").then().statusCode(404);
        as(outsider).delete(base + "/lines/1").then().statusCode(404);
        for (String action : List.of("submit-for-review", "submit-for-approval", "export")) {
            act(outsider, invoiceId, action, Map.of()).statusCode(404).body("code", equalTo("NOT_FOUND"));
        }
        for (String action : List.of("reject", "clear-duplicate")) {
            act(outsider, invoiceId, action, Map.of("reason", "Looks wrong")).statusCode(404)
                    .body("code", equalTo("NOT_FOUND"));
        }
        for (String decision : List.of("approve", "reject", "request-changes")) {
            decide(outsider, flowId, decision, Map.of("reason", "Looks wrong")).statusCode(404);
        }
        as(outsider).body(Map.of("userIds", List.of(outsider.userId().toString()), "reason", "Mine now"))
                    .post("/api/v1/approval-flows/" + flowId + "/reassign").then().statusCode(404);
        as(clerk).get(base).then().statusCode(200).body("data.status", equalTo("PENDING_APPROVAL"))
                 .body("data.invoiceNumber", not(equalTo("Y")));
    }
}
