package com.vivanta.ops.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.vivanta.ops.api.cases.CaseOpenedEvent;
import com.vivanta.ops.api.cases.CasePriority;
import com.vivanta.ops.api.common.MessageMetadata;
import com.vivanta.ops.api.workorder.DecisionChannel;
import com.vivanta.ops.api.workorder.WorkOrderOwnerDecisionRecordedEvent;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.InvoiceFlows;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner portal over HTTP: an owner sees exactly what concerns the properties they hold, from the period
 * they hold them, never an internal description or note; answers approvals in person; and cannot reach the
 * operators' routes.
 */
class PortalApiTest extends ApiTest {

    private static final String SECRET_DESCRIPTION = "INTERNAL: tenant is behind on rent";
    private static final String SECRET_NOTE = "INTERNAL: vendor overcharged last time";

    @Autowired
    private InvoiceFlows invoiceFlows;
    @Autowired
    private EventStore eventStore;

    private Tenant tenant;
    private Member operator;
    private Member finance;
    private String ownerA;
    private String ownerB;
    private Member portalA;
    private Member portalB;
    /** Held by A since 2024, with an approval limit of 500 USD. */
    private String heldByA;
    /** Held by B. */
    private String heldByB;
    /** Held by A until 2023 only. */
    private String formerlyA;

    @BeforeEach
    void portfolio() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
        finance = tenants.member(tenant, "finance");
        ownerA = owner("Ada Owner");
        ownerB = owner("Bo Owner");
        heldByA = property("PA");
        heldByB = property("PB");
        formerlyA = property("PF");
        link(ownerA, heldByA, Map.of("ownershipPercentage", 100, "startDate", "2024-01-01",
                                     "approvalLimit", Map.of("amount", "500.00", "currency", "USD")));
        link(ownerB, heldByB, Map.of("ownershipPercentage", 100, "startDate", "2024-01-01"));
        link(ownerA, formerlyA, Map.of("ownershipPercentage", 100, "startDate", "2020-01-01",
                                       "endDate", "2023-12-31"));
        portalA = tenants.ownerMember(tenant, UUID.fromString(ownerA));
        portalB = tenants.ownerMember(tenant, UUID.fromString(ownerB));
    }

    @Test
    void anOwnerSeesExactlyTheirPropertiesCasesWorkOrdersAndInvoicesAndNothingInternal() {
        String visibleCase = openCase(heldByA, "Leaking roof", "Roofer booked for Tuesday");
        openCase(heldByA, "Internal check", null);
        openCase(heldByB, "B's boiler", "Being handled");
        openCase(formerlyA, "Old gutter", "Done");
        String workOrder = workOrder(openCase(heldByA, "Broken window", "Glazier coming"), "300.00");
        String approvedInvoice = approvedInvoice(heldByA, "A-1");
        draftInvoice(heldByA, "A-2");
        approvedInvoice(heldByB, "B-1");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            as(portalA).get("/api/v1/portal/properties").then().statusCode(200)
                       .body("meta.total", equalTo(1))
                       .body("data.id", contains(heldByA))
                       .body("data[0].ownership.startDate", equalTo("2024-01-01"))
                       .body("data[0].ownership.approvalLimit.amount", equalTo(500.0f));
            as(portalA).get("/api/v1/portal/properties/" + heldByA + "/cases").then().statusCode(200)
                       .body("data.title", containsInAnyOrder("Leaking roof", "Broken window"))
                       .body("data.find { it.id == '" + visibleCase + "' }.ownerVisibleStatus",
                             equalTo("Roofer booked for Tuesday"));
            as(portalA).get("/api/v1/portal/properties/" + heldByA + "/work-orders").then().statusCode(200)
                       .body("data.id", contains(workOrder))
                       .body("data[0].trade", equalTo("glazing"))
                       .body("data[0].status", equalTo("OPEN"))
                       .body("data[0].estimate.amount", equalTo(120.0f))
                       .body("data[0].notToExceed.amount", equalTo(300.0f));
            as(portalA).get("/api/v1/portal/invoices").then().statusCode(200)
                       .body("data.id", contains(approvedInvoice))
                       .body("data[0].status", equalTo("APPROVED"));
        });
        for (String route : List.of("/api/v1/portal/properties/" + heldByA + "/cases",
                                    "/api/v1/portal/properties/" + heldByA + "/work-orders",
                                    "/api/v1/portal/invoices", "/api/v1/portal/approvals")) {
            String body = as(portalA).get(route).then().statusCode(200).extract().asString();
            assertThat(body).as(route).doesNotContain(SECRET_DESCRIPTION).doesNotContain(SECRET_NOTE)
                            .doesNotContain("INTERNAL");
        }
        // Sold in 2023: the former property is gone from the portal, with everything on it.
        as(portalA).get("/api/v1/portal/properties/" + formerlyA).then().statusCode(404)
                   .body("code", equalTo("NOT_FOUND"));
        as(portalA).get("/api/v1/portal/properties/" + formerlyA + "/cases").then().statusCode(404);
    }

    @Test
    void aCaseFromBeforeTheOwnershipIsNotShown() {
        // A case opened in 2023 on a property A holds since 2024: history the event store keeps from then.
        UUID before = UUID.randomUUID();
        CaseOpenedEvent opened = new CaseOpenedEvent(before, tenant.organizationId(), "maintenance", "Before your time",
                                                     SECRET_DESCRIPTION, CasePriority.NORMAL,
                                                     UUID.fromString(heldByA), null, null, null, "Resolved", "system");
        eventStore.publish(new GenericDomainEventMessage<>("Case", before.toString(), 0, opened,
                                                           MetaData.with(MessageMetadata.ORGANIZATION_ID,
                                                                         tenant.organizationId().toString())
                                                                   .and(MessageMetadata.USER_ID, "system"),
                                                           UUID.randomUUID().toString(),
                                                           Instant.parse("2023-06-01T10:00:00Z")));
        String during = openCase(heldByA, "During your time", "Being handled");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(portalA).get("/api/v1/portal/properties/" + heldByA + "/cases").then().statusCode(200)
                                 .body("data.id", contains(during)));
        // The operators see both.
        as(operator).get("/api/v1/cases/" + before).then().statusCode(200);
    }

    @Test
    void anotherOwnerOfTheSameOrganizationSeesNoneOfIt() {
        openCase(heldByA, "Leaking roof", "Roofer booked");
        String workOrder = workOrder(openCase(heldByA, "New roof", "Quote requested"), "900.00");
        approvedInvoice(heldByA, "A-1");

        awaitPendingApproval(portalA, workOrder);
        as(portalB).get("/api/v1/portal/properties").then().statusCode(200).body("data.id", not(hasItem(heldByA)));
        as(portalB).get("/api/v1/portal/properties/" + heldByA).then().statusCode(404);
        as(portalB).get("/api/v1/portal/properties/" + heldByA + "/cases").then().statusCode(404);
        as(portalB).get("/api/v1/portal/properties/" + heldByA + "/work-orders").then().statusCode(404);
        as(portalB).get("/api/v1/portal/invoices").then().statusCode(200).body("data", empty());
        as(portalB).get("/api/v1/portal/approvals").then().statusCode(200).body("data", empty());
        as(portalB).post("/api/v1/portal/approvals/work-orders/" + workOrder + "/approve").then().statusCode(404)
                   .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void anOwnersTokenIsRefusedOnEveryOperatorRoute() {
        String caseId = openCase(heldByA, "Leaking roof", "Roofer booked");
        for (String route : List.of("/api/v1/cases", "/api/v1/cases/" + caseId, "/api/v1/work-orders",
                                    "/api/v1/invoices", "/api/v1/owners", "/api/v1/owners/" + ownerA,
                                    "/api/v1/properties", "/api/v1/organizations/current", "/api/v1/users",
                                    "/api/v1/approval-flows", "/api/v1/tasks", "/api/v1/admin/projections")) {
            as(portalA).get(route).then().statusCode(403)
                       .contentType("application/problem+json")
                       .body("code", equalTo("OWNER_NOT_ALLOWED"));
        }
        as(portalA).body(Map.of("caseType", "maintenance", "title", "Owner writes"))
                   .post("/api/v1/cases").then().statusCode(403).body("code", equalTo("OWNER_NOT_ALLOWED"));
        as(portalA).body(Map.of("decision", "APPROVE", "channel", "PHONE", "ownerId", ownerA))
                   .post("/api/v1/work-orders/" + UUID.randomUUID() + "/owner-decision").then().statusCode(403)
                   .body("code", equalTo("OWNER_NOT_ALLOWED"));
        as(portalA).get("/api/v1/auth/me").then().statusCode(200);
        as(portalA).get("/api/v1/portal/me").then().statusCode(200)
                   .body("data.user.id", equalTo(portalA.userId().toString()))
                   .body("data.owner.id", equalTo(ownerA))
                   .body("data.owner.displayName", equalTo("Ada Owner"))
                   .body("data.organization.slug", equalTo(tenant.slug()));
    }

    @Test
    void thePortalIsForOwnersOnlyAndForActiveOwners() {
        // The administrator holds portal.read, but is not an owner.
        as(tenant.admin()).get("/api/v1/portal/properties").then().statusCode(403)
                          .body("code", equalTo("PORTAL_OWNERS_ONLY"));
        as(operator).get("/api/v1/portal/me").then().statusCode(403).body("code", equalTo("PORTAL_OWNERS_ONLY"));
        anonymous().get("/api/v1/portal/me").then().statusCode(401);

        as(operator).body(Map.of("status", "INACTIVE")).patch("/api/v1/owners/" + ownerA).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(portalA).get("/api/v1/portal/properties").then().statusCode(403)
                                 .body("code", equalTo("PORTAL_OWNER_UNAVAILABLE")));
    }

    @Test
    void anOwnerApprovesAWorkOrderInThePortalAndTheWorkOrderRecordsTheOwnerAndChannelPortal() {
        String workOrder = workOrder(openCase(heldByA, "New roof", "Quote requested"), "900.00");
        awaitPendingApproval(portalA, workOrder);
        as(portalA).get("/api/v1/portal/approvals").then()
                   .body("data[0].kind", equalTo("WORK_ORDER"))
                   .body("data[0].amount.amount", equalTo(900.0f))
                   .body("data[0].approvalLimit.amount", equalTo(500.0f));

        as(portalA).body(Map.of("reason", "Go ahead"))
                   .post("/api/v1/portal/approvals/work-orders/" + workOrder + "/approve").then().statusCode(200)
                   .body("data.id", equalTo(workOrder))
                   .body("data.status", equalTo("APPROVED"));

        // The portal answered from its own read model; the operators' view follows on its own processor.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(operator).get("/api/v1/work-orders/" + workOrder).then().statusCode(200)
                                  .body("data.status", equalTo("OPEN"))
                                  .body("data.ownerApproval.status", equalTo("APPROVED"))
                                  .body("data.ownerApproval.channel", equalTo("PORTAL"))
                                  .body("data.ownerApproval.decidedByOwnerId", equalTo(ownerA))
                                  .body("data.ownerApproval.decidedBy", equalTo(portalA.userId().toString())));
        // The work order's own events say so, not only its view.
        var decision = eventStore.readEvents(workOrder).asStream()
                                 .filter(event -> event.getPayload() instanceof WorkOrderOwnerDecisionRecordedEvent)
                                 .findFirst().orElseThrow();
        WorkOrderOwnerDecisionRecordedEvent recorded = (WorkOrderOwnerDecisionRecordedEvent) decision.getPayload();
        assertThat(recorded.channel()).isEqualTo(DecisionChannel.PORTAL);
        assertThat(recorded.recordedBy()).isEqualTo(portalA.userId().toString());
        assertThat(recorded.ownerId()).hasToString(ownerA);
        assertThat(decision.getMetaData().get(MessageMetadata.USER_ID)).isEqualTo(portalA.userId().toString());
        as(portalA).get("/api/v1/portal/approvals").then().statusCode(200).body("data", empty());
        // Answered once: a second answer finds nothing pending.
        as(portalA).post("/api/v1/portal/approvals/work-orders/" + workOrder + "/approve").then().statusCode(409)
                   .body("code", equalTo("NO_APPROVAL_PENDING"));
    }

    @Test
    void aDeclineNeedsAReason() {
        String workOrder = workOrder(openCase(heldByA, "New roof", "Quote requested"), "900.00");
        awaitPendingApproval(portalA, workOrder);

        as(portalA).body(Map.of()).post("/api/v1/portal/approvals/work-orders/" + workOrder + "/decline").then()
                   .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                   .body("errors.field", hasItem("reason"));
        as(portalA).body(Map.of("reason", " ")).post("/api/v1/portal/approvals/work-orders/" + workOrder + "/decline")
                   .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as(portalA).post("/api/v1/portal/approvals/work-orders/" + UUID.randomUUID() + "/approve").then()
                   .statusCode(404);
        as(portalA).post("/api/v1/portal/approvals/work-orders/not-a-uuid/approve").then().statusCode(400)
                   .body("code", equalTo("INVALID_PARAMETER"));

        as(portalA).body(Map.of("reason", "Too dear, get another quote"))
                   .post("/api/v1/portal/approvals/work-orders/" + workOrder + "/decline").then().statusCode(200)
                   .body("data.status", equalTo("DECLINED"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(operator).get("/api/v1/work-orders/" + workOrder).then()
                                  .body("data.ownerApproval.status", equalTo("DECLINED"))
                                  .body("data.ownerApproval.channel", equalTo("PORTAL"))
                                  .body("data.ownerApproval.reason", equalTo("Too dear, get another quote")));
    }

    @Test
    void anOwnerApprovesTheOwnerStepOfAnInvoice() {
        String invoice = submittedInvoice(heldByA, "A-7");
        UUID flowId = invoiceFlows.start(operator, UUID.fromString(invoice),
                                         InvoiceFlows.owners("Owner", UUID.fromString(ownerA)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(portalA).get("/api/v1/portal/approvals").then().statusCode(200)
                                 .body("data.id", contains(invoice))
                                 .body("data[0].kind", equalTo("INVOICE"))
                                 .body("data[0].reference", equalTo("A-7")));
        as(portalB).post("/api/v1/portal/approvals/invoices/" + invoice + "/approve").then().statusCode(404);

        as(portalA).post("/api/v1/portal/approvals/invoices/" + invoice + "/approve").then().statusCode(200)
                   .body("data.status", equalTo("APPROVED"));

        as(finance).get("/api/v1/approval-flows/" + flowId).then().statusCode(200)
                   .body("data.status", equalTo("APPROVED"))
                   .body("data.steps[0].decisions[0].channel", equalTo("PORTAL"))
                   .body("data.steps[0].decisions[0].ownerId", equalTo(ownerA))
                   .body("data.steps[0].decisions[0].actedBy", equalTo(portalA.userId().toString()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(portalA).get("/api/v1/portal/invoices").then().statusCode(200)
                                 .body("data.id", contains(invoice)));
    }

    @Test
    void anotherTenantsOwnerFindsNothing() {
        String workOrder = workOrder(openCase(heldByA, "New roof", "Quote requested"), "900.00");
        awaitPendingApproval(portalA, workOrder);
        Tenant other = tenants.newTenant();
        Member otherOperator = tenants.member(other, "operations");
        String otherOwner = as(otherOperator).body(Map.of("displayName", "Elsewhere"))
                                             .post("/api/v1/owners").then().statusCode(201).extract().path("data.id");
        Member outsider = tenants.ownerMember(other, UUID.fromString(otherOwner));

        as(outsider).get("/api/v1/portal/properties/" + heldByA).then().statusCode(404);
        as(outsider).get("/api/v1/portal/properties/" + heldByA + "/work-orders").then().statusCode(404);
        as(outsider).get("/api/v1/portal/properties").then().statusCode(200).body("data", empty());
        as(outsider).post("/api/v1/portal/approvals/work-orders/" + workOrder + "/approve").then().statusCode(404);
        as(portalA).get("/api/v1/portal/approvals").then().body("data.id", contains(workOrder));
    }

    // --- set-up through the operators' API ---

    private String owner(String name) {
        return as(operator).body(Map.of("displayName", name)).post("/api/v1/owners")
                           .then().statusCode(201).extract().path("data.id");
    }

    private String property(String code) {
        return as(operator).body(Map.of("propertyCode", code, "name", "Property " + code,
                                        "propertyType", "RESIDENTIAL", "city", "Springfield"))
                           .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
    }

    private void link(String ownerId, String propertyId, Map<String, Object> terms) {
        as(operator).body(terms).post("/api/v1/owners/" + ownerId + "/properties/" + propertyId)
                    .then().statusCode(201);
    }

    private String openCase(String propertyId, String title, String ownerVisibleStatus) {
        Map<String, Object> body = new HashMap<>(Map.of("caseType", "maintenance", "title", title,
                                                                  "description", SECRET_DESCRIPTION,
                                                                  "propertyId", propertyId));
        if (ownerVisibleStatus != null) {
            body.put("ownerVisibleStatus", ownerVisibleStatus);
        }
        return as(operator).body(body).post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
    }

    /** A glazing or roofing job whose ceiling is {@code notToExceed} USD; above 500 it waits for owner A. */
    private String workOrder(String caseId, String notToExceed) {
        return as(operator).body(Map.of("trade", "glazing", "description", SECRET_NOTE,
                                        "estimate", Map.of("amount", "120.00", "currency", "USD"),
                                        "notToExceed", Map.of("amount", notToExceed, "currency", "USD")))
                           .post("/api/v1/cases/" + caseId + "/work-orders").then().statusCode(201)
                           .extract().path("data.id");
    }

    private String draftInvoice(String propertyId, String number) {
        String vendorId = as(operator).body(Map.of("name", "Vendor " + number))
                                         .post("/api/v1/vendors").then().statusCode(201).extract().path("data.id");
        return as(operator).body(Map.of("vendorId", vendorId, "propertyId", propertyId, "invoiceNumber", number,
                                        "invoiceDate", LocalDate.now().toString(), "currencyCode", "USD",
                                        "lines", List.of(Map.of("lineNumber", 1, "description", SECRET_NOTE,
                                                                "quantity", "2", "unitPrice", "45.50"))))
                           .post("/api/v1/invoices").then().statusCode(201).extract().path("data.id");
    }

    private String submittedInvoice(String propertyId, String number) {
        String invoiceId = draftInvoice(propertyId, number);
        as(operator).post("/api/v1/invoices/" + invoiceId + "/submit-for-review").then().statusCode(200);
        return invoiceId;
    }

    private String approvedInvoice(String propertyId, String number) {
        String invoiceId = submittedInvoice(propertyId, number);
        UUID flowId = invoiceFlows.start(operator, UUID.fromString(invoiceId), InvoiceFlows.role("Finance", "finance"));
        as(finance).post("/api/v1/approval-flows/" + flowId + "/approve").then().statusCode(200);
        return invoiceId;
    }

    private void awaitPendingApproval(Member owner, String id) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> as(owner).get("/api/v1/portal/approvals").then().statusCode(200)
                               .body("data.id", hasItem(id)));
    }
}
