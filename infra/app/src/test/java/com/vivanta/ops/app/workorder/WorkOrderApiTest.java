package com.vivanta.ops.app.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The work-order command routes over HTTP, on real PostgreSQL, with the read model answering. */
class WorkOrderApiTest extends ApiTest {

    private static final String VISIT = "2026-12-02T09:00:00Z";

    private Tenant tenant;
    private Member operator;
    private String caseId;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
        caseId = openCase(null, "HIGH");
    }

    private String openCase(String propertyId, String priority) {
        Map<String, Object> body = new HashMap<>(Map.of("caseType", "maintenance", "title", "Leaking tap",
                                                        "priority", priority));
        if (propertyId != null) {
            body.put("propertyId", propertyId);
        }
        return as(operator).body(body).post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
    }

    private ValidatableResponse raise(String onCase, Map<String, ?> body) {
        return as(operator).body(body).post("/api/v1/cases/" + onCase + "/work-orders").then();
    }

    private String raise(Map<String, ?> body) {
        return raise(caseId, body).statusCode(201).extract().path("data.id");
    }

    private String raise() {
        return raise(Map.of("description", "Replace the washer"));
    }

    private ValidatableResponse act(Member member, String workOrderId, String action, Map<String, ?> body) {
        return as(member).body(body).post("/api/v1/work-orders/" + workOrderId + "/" + action).then();
    }

    private ValidatableResponse act(String workOrderId, String action, Map<String, ?> body) {
        return act(operator, workOrderId, action, body);
    }

    private ValidatableResponse act(String workOrderId, String action) {
        return act(workOrderId, action, Map.of());
    }

    private String vendor(Member member, String insuranceExpiresOn) {
        return as(member).body(Map.of("name", "Acme Plumbing", "tradeCategory", "plumbing",
                                      "insuranceExpiresOn", insuranceExpiresOn))
                         .post("/api/v1/vendors").then().statusCode(201).extract().path("data.id");
    }

    private String compliantVendor() {
        return vendor(operator, LocalDate.now().plusYears(1).toString());
    }

    /** A property whose one owner must approve repairs above 500 USD; answers {property, owner}. */
    private String[] ownedProperty(String code) {
        String propertyId = as(operator).body(Map.of("propertyCode", code, "name", "Owned Court",
                                                     "propertyType", "RESIDENTIAL"))
                                        .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
        String ownerId = as(operator).body(Map.of("displayName", "Alice Owner")).post("/api/v1/owners")
                                     .then().statusCode(201).extract().path("data.id");
        as(operator).body(Map.of("ownershipPercentage", 100,
                                 "approvalLimit", Map.of("amount", "500.00", "currency", "USD")))
                    .post("/api/v1/owners/" + ownerId + "/properties/" + propertyId)
                    .then().statusCode(201);
        return new String[] {propertyId, ownerId};
    }

    private static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    /** Walks a work order from OPEN to the given step with a compliant vendor. */
    private void walkTo(String workOrderId, String lastAction) {
        List<String> path = List.of("assign-vendor", "accept", "schedule", "start", "mark-complete");
        String vendorId = compliantVendor();
        for (String action : path) {
            Map<String, ?> body = switch (action) {
                case "assign-vendor" -> Map.of("vendorId", vendorId);
                case "schedule" -> Map.of("scheduledFor", VISIT);
                default -> Map.of();
            };
            act(workOrderId, action, body).statusCode(200);
            if (action.equals(lastAction)) {
                return;
            }
        }
    }

    @Nested
    class Raising {

        @Test
        void raisesNumberedWorkOnTheCaseWithADueTimeFromTheSlaTargets() {
            Instant before = Instant.now();
            as(operator).body(Map.of("description", "Replace the washer", "trade", "plumbing",
                                     "estimate", usd("120"), "notToExceed", usd("250")))
                        .post("/api/v1/cases/" + caseId + "/work-orders")
                        .then().statusCode(201)
                        .header("Location", startsWith("/api/v1/work-orders/"))
                        .body("data.workOrderNumber", equalTo("WO-000001"))
                        .body("data.caseId", equalTo(caseId))
                        .body("data.title", equalTo("Leaking tap"))
                        .body("data.status", equalTo("OPEN"))
                        .body("data.priority", equalTo("HIGH"))
                        .body("data.notToExceed.amount", equalTo(250.0f))
                        .body("data.ownerApproval.status", equalTo("NOT_REQUIRED"))
                        .body("data.createdBy", equalTo(operator.userId().toString()));
            String second = raise();
            String dueAt = as(operator).get("/api/v1/work-orders/" + second).then().statusCode(200)
                                       .body("data.workOrderNumber", equalTo("WO-000002"))
                                       .extract().path("data.slaDueAt");
            // HIGH work is due within 24 hours by default.
            assertThat(Instant.parse(dueAt)).isBetween(before.plus(Duration.ofHours(24)),
                                                       Instant.now().plus(Duration.ofHours(24)));
        }

        @Test
        void keepsAChosenNumberUniqueInTheOrganizationWhateverItsSpelling() {
            raise(Map.of("workOrderNumber", "PLB-7"));
            raise(caseId, Map.of("workOrderNumber", "ｐｌｂ-７")).statusCode(409).body("code", equalTo("DUPLICATE"));
            Tenant other = tenants.newTenant();
            Member outsider = tenants.member(other, "operations");
            String theirCase = as(outsider).body(Map.of("caseType", "maintenance", "title", "Theirs"))
                                           .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
            as(outsider).body(Map.of("workOrderNumber", "PLB-7")).post("/api/v1/cases/" + theirCase + "/work-orders")
                        .then().statusCode(201);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CLOSED", "CANCELLED"})
        void refusesWorkOnAnEndedCaseAndLeavesNothingBehind(String ended) {
            String endedCase = openCase(null, "NORMAL");
            if (ended.equals("CLOSED")) {
                for (String status : List.of("IN_PROGRESS", "RESOLVED", "CLOSED")) {
                    as(operator).body(Map.of("status", status))
                                .post("/api/v1/cases/" + endedCase + "/change-status").then().statusCode(200);
                }
            } else {
                as(operator).body(Map.of("status", "CANCELLED"))
                            .post("/api/v1/cases/" + endedCase + "/change-status").then().statusCode(200);
            }
            raise(endedCase, Map.of("description", "Too late")).statusCode(409).body("code", equalTo("CASE_CLOSED"));
            as(operator).queryParam("caseId", endedCase).get("/api/v1/work-orders")
                        .then().statusCode(200).body("meta.total", equalTo(0));
            // The refused work order took no number: the series has no gap.
            raise(caseId, Map.of()).statusCode(201).body("data.workOrderNumber", equalTo("WO-000001"));
        }

        @Test
        void refusesBadInputWithTheFieldNamed() {
            raise(caseId, Map.of("workOrderNumber", "-x")).statusCode(400)
                                                          .body("errors[0].field", equalTo("workOrderNumber"));
            raise(caseId, Map.of("title", "x")).statusCode(400).body("errors[0].field", equalTo("title"));
            raise(caseId, Map.of("notToExceed", usd("-5"))).statusCode(400)
                                                           .body("errors[0].field", equalTo("notToExceed"));
            raise(caseId, Map.of("estimate", usd("300"), "notToExceed", usd("200"))).statusCode(400)
                                                                                   .body("code",
                                                                                         equalTo("INVALID_VALUE"));
            raise(caseId, Map.of("notToExceed", Map.of("amount", "1", "currency", "XYZ"))).statusCode(400);
            raise(caseId, Map.of("status", "COMPLETED")).statusCode(400);
            raise(caseId, Map.of("priority", "SOMETIME")).statusCode(400);
            as(operator).body(Map.of()).post("/api/v1/cases/not-a-uuid/work-orders").then().statusCode(400);
        }

        @Test
        void needsWorkOrderWriteAndSeesNoOtherOrganizationsCase() {
            Member finance = tenants.member(tenant, "finance");
            as(finance).body(Map.of()).post("/api/v1/cases/" + caseId + "/work-orders").then().statusCode(403);
            Member outsider = tenants.member(tenants.newTenant(), "operations");
            as(outsider).body(Map.of()).post("/api/v1/cases/" + caseId + "/work-orders")
                        .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            as(operator).body(Map.of()).post("/api/v1/cases/" + UUID.randomUUID() + "/work-orders")
                        .then().statusCode(404);
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void walksFromDispatchToCompletionAndBackOnAReopen() {
            String workOrderId = raise();
            String vendorId = compliantVendor();
            act(workOrderId, "assign-vendor", Map.of("vendorId", vendorId)).statusCode(200)
                    .body("data.status", equalTo("ASSIGNED")).body("data.vendorId", equalTo(vendorId))
                    .body("data.complianceOverride", nullValue());
            act(workOrderId, "accept").statusCode(200).body("data.status", equalTo("ACCEPTED"));
            act(workOrderId, "schedule", Map.of("scheduledFor", VISIT)).statusCode(200)
                    .body("data.status", equalTo("SCHEDULED")).body("data.scheduledFor", equalTo(VISIT));
            act(workOrderId, "start").statusCode(200).body("data.status", equalTo("IN_PROGRESS"))
                                     .body("data.startedAt", notNullValue());
            act(workOrderId, "mark-complete", Map.of("note", "Washer replaced", "actualCost", usd("95.50")))
                    .statusCode(200).body("data.status", equalTo("COMPLETED"))
                    .body("data.completedAt", notNullValue()).body("data.actualCost.amount", equalTo(95.5f));
            act(workOrderId, "reopen", Map.of("reason", "Drips again")).statusCode(200)
                    .body("data.status", equalTo("ASSIGNED")).body("data.reopenCount", equalTo(1))
                    .body("data.vendorId", equalTo(vendorId));
        }

        @Test
        void refusesAStepTheLifecycleDoesNotAllowAndSaysWhatIsAllowed() {
            String workOrderId = raise();
            act(workOrderId, "mark-complete").statusCode(409)
                    .body("code", equalTo("INVALID_TRANSITION"))
                    .body("details.from", equalTo("OPEN"))
                    .body("details.allowedActions", equalTo(List.of("assign-vendor", "cancel")));
            walkTo(workOrderId, "mark-complete");
            act(workOrderId, "schedule", Map.of("scheduledFor", VISIT)).statusCode(409)
                                                                      .body("code", equalTo("INVALID_TRANSITION"));
            act(workOrderId, "mark-complete").statusCode(409);
            as(operator).body(Map.of("description", "late edit")).patch("/api/v1/work-orders/" + workOrderId)
                        .then().statusCode(409).body("code", equalTo("WORK_ORDER_CLOSED"));
        }

        @Test
        void holdsAndResumesWhereItWasAndDeclinesBackToOpen() {
            String workOrderId = raise();
            walkTo(workOrderId, "schedule");
            act(workOrderId, "hold", Map.of("reason", "Waiting for parts")).statusCode(200)
                    .body("data.status", equalTo("ON_HOLD")).body("data.holdReason", equalTo("Waiting for parts"));
            act(workOrderId, "resume").statusCode(200).body("data.status", equalTo("SCHEDULED"))
                                      .body("data.holdReason", nullValue());

            String other = raise();
            act(other, "assign-vendor", Map.of("vendorId", compliantVendor())).statusCode(200);
            act(other, "decline", Map.of("reason", "Fully booked")).statusCode(200)
                    .body("data.status", equalTo("OPEN")).body("data.vendorId", nullValue());
        }

        @Test
        void stepsThatNeedAReasonRefuseNone() {
            String workOrderId = raise();
            act(workOrderId, "cancel", Map.of()).statusCode(400).body("errors[0].field", equalTo("reason"));
            act(workOrderId, "cancel", Map.of("reason", " ")).statusCode(400);
            act(workOrderId, "cancel", Map.of("reason", "Tenant fixed it")).statusCode(200)
                    .body("data.status", equalTo("CANCELLED"))
                    .body("data.cancellationReason", equalTo("Tenant fixed it"));
            act(workOrderId, "schedule", Map.of()).statusCode(400).body("errors[0].field", equalTo("scheduledFor"));
        }

        @Test
        void revisesDetailsDueTimeAndCost() {
            String workOrderId = raise();
            Map<String, Object> patch = new HashMap<>();
            patch.put("title", "Replace kitchen tap");
            patch.put("trade", null);
            patch.put("slaDueAt", "2026-12-24T12:00:00Z");
            patch.put("notToExceed", usd("300"));
            as(operator).body(patch).patch("/api/v1/work-orders/" + workOrderId)
                        .then().statusCode(200)
                        .body("data.title", equalTo("Replace kitchen tap"))
                        .body("data.slaDueAt", equalTo("2026-12-24T12:00:00Z"))
                        .body("data.notToExceed.amount", equalTo(300.0f));
            as(operator).body(Map.of("title", "")).patch("/api/v1/work-orders/" + workOrderId)
                        .then().statusCode(400).body("errors[0].field", equalTo("title"));
            Map<String, Object> clearTitle = new HashMap<>();
            clearTitle.put("title", null);
            as(operator).body(clearTitle).patch("/api/v1/work-orders/" + workOrderId).then().statusCode(400);
        }
    }

    @Nested
    class ComplianceGate {

        @Test
        void refusesAVendorWithExpiredInsuranceAndNamesWhy() {
            String workOrderId = raise();
            String lapsed = vendor(operator, LocalDate.now().minusDays(1).toString());
            act(workOrderId, "assign-vendor", Map.of("vendorId", lapsed)).statusCode(409)
                    .body("code", equalTo("VENDOR_NOT_COMPLIANT"))
                    .body("details.reasons", equalTo(List.of("INSURANCE_EXPIRED")));
            as(operator).get("/api/v1/work-orders/" + workOrderId).then().body("data.status", equalTo("OPEN"));
        }

        @Test
        void onlyAHolderOfTheOverridePermissionMayDispatchAnywayWithAReason() {
            String workOrderId = raise();
            String lapsed = vendor(operator, LocalDate.now().minusDays(1).toString());
            Map<String, Object> override = Map.of("vendorId", lapsed,
                                                  "overrideReason", "Renewal certificate seen, upload pending");
            act(workOrderId, "assign-vendor", override).statusCode(403);
            act(tenant.admin(), workOrderId, "assign-vendor", override).statusCode(200)
                    .body("data.status", equalTo("ASSIGNED"))
                    .body("data.complianceOverride.blockers", equalTo(List.of("INSURANCE_EXPIRED")))
                    .body("data.complianceOverride.reason", equalTo("Renewal certificate seen, upload pending"));
        }

        @Test
        void refusesAVendorOfAnotherOrganization() {
            String workOrderId = raise();
            Member outsider = tenants.member(tenants.newTenant(), "operations");
            String theirVendor = vendor(outsider, LocalDate.now().plusYears(1).toString());
            act(workOrderId, "assign-vendor", Map.of("vendorId", theirVendor)).statusCode(400)
                    .body("errors[0].field", equalTo("vendorId"));
        }
    }

    @Nested
    class OwnerApproval {

        private String propertyId;
        private String ownerId;
        private String ownedCase;

        @BeforeEach
        void ownedPropertyWithALimit() {
            String[] owned = ownedProperty("OA-" + UUID.randomUUID().toString().substring(0, 6));
            propertyId = owned[0];
            ownerId = owned[1];
            ownedCase = openCase(propertyId, "NORMAL");
        }

        private String aboveTheLimit(String onCase) {
            return raise(onCase, Map.of("notToExceed", usd("900"))).statusCode(201)
                                                                    .body("data.status",
                                                                          equalTo(onCase.equals(ownedCase)
                                                                                          ? "AWAITING_OWNER_APPROVAL"
                                                                                          : "OPEN"))
                                                                    .extract().path("data.id");
        }

        private ValidatableResponse decide(String workOrderId, String decision, String reason) {
            Map<String, Object> body = new HashMap<>(Map.of("decision", decision, "channel", "PHONE",
                                                            "ownerId", ownerId));
            if (reason != null) {
                body.put("reason", reason);
            }
            return act(workOrderId, "owner-decision", body);
        }

        @Test
        void workAboveTheLimitWaitsForTheOwnersApproval() {
            String workOrderId = aboveTheLimit(ownedCase);
            as(operator).get("/api/v1/work-orders/" + workOrderId).then()
                        .body("data.ownerApproval.status", equalTo("PENDING"))
                        .body("data.ownerApproval.limit.amount", equalTo(500.0f))
                        .body("data.ownerApproval.ownerIds", equalTo(List.of(ownerId)));
            as(operator).get("/api/v1/work-orders/queues/awaiting-owner").then()
                        .body("data.id", hasItem(workOrderId));
            act(workOrderId, "assign-vendor", Map.of("vendorId", compliantVendor())).statusCode(409)
                    .body("code", equalTo("INVALID_TRANSITION"));

            decide(workOrderId, "APPROVE", null).statusCode(200)
                    .body("data.status", equalTo("OPEN"))
                    .body("data.ownerApproval.status", equalTo("APPROVED"))
                    .body("data.ownerApproval.channel", equalTo("PHONE"))
                    .body("data.ownerApproval.decidedBy", equalTo(operator.userId().toString()))
                    .body("data.ownerApproval.approvedAmount.amount", equalTo(900.0f));
            as(operator).get("/api/v1/work-orders/queues/awaiting-owner").then()
                        .body("data.id", not(hasItem(workOrderId)));
            act(workOrderId, "assign-vendor", Map.of("vendorId", compliantVendor())).statusCode(200);
        }

        @Test
        void aDeclineNeedsAReasonAndHoldsTheWorkUntilTheCeilingIsLowered() {
            String workOrderId = aboveTheLimit(ownedCase);
            decide(workOrderId, "DECLINE", null).statusCode(400).body("errors[0].field", equalTo("reason"));
            decide(workOrderId, "DECLINE", "Get a second quote").statusCode(200)
                    .body("data.status", equalTo("OPEN"))
                    .body("data.ownerApproval.status", equalTo("DECLINED"))
                    .body("data.ownerApproval.reason", equalTo("Get a second quote"));
            String vendorId = compliantVendor();
            act(workOrderId, "assign-vendor", Map.of("vendorId", vendorId)).statusCode(409)
                    .body("code", equalTo("OWNER_DECLINED"));
            as(operator).body(Map.of("notToExceed", usd("450"))).patch("/api/v1/work-orders/" + workOrderId)
                        .then().statusCode(200).body("data.ownerApproval.status", equalTo("NOT_REQUIRED"));
            act(workOrderId, "assign-vendor", Map.of("vendorId", vendorId)).statusCode(200);
        }

        @Test
        void cancellingDropsTheQuestionFromTheQueueAndRefusesLateAnswers() {
            String workOrderId = aboveTheLimit(ownedCase);
            act(workOrderId, "cancel", Map.of("reason", "Tenant fixed it")).statusCode(200);
            as(operator).get("/api/v1/work-orders/queues/awaiting-owner").then()
                        .body("data.id", not(hasItem(workOrderId)));
            act(workOrderId, "owner-decision", Map.of("decision", "APPROVE", "channel", "PHONE", "ownerId", ownerId))
                    .statusCode(409).body("code", equalTo("WORK_ORDER_CLOSED"));
            as(operator).get("/api/v1/work-orders/" + workOrderId).then().body("data.status", equalTo("CANCELLED"));
        }

        @Test
        void emergencyWorkGoesAheadWhileTheOwnerIsAsked() {
            String urgentCase = openCase(propertyId, "URGENT");
            String workOrderId = raise(urgentCase, Map.of("notToExceed", usd("900"))).statusCode(201)
                    .body("data.status", equalTo("OPEN"))
                    .body("data.ownerApproval.status", equalTo("PENDING"))
                    .body("data.ownerApproval.proceedingWithoutWaiting", equalTo(true))
                    .extract().path("data.id");
            as(operator).get("/api/v1/work-orders/queues/awaiting-owner").then()
                        .body("data.id", hasItem(workOrderId));
            act(workOrderId, "assign-vendor", Map.of("vendorId", compliantVendor())).statusCode(200);
        }

        @Test
        void refusesPortalDecisionsFromStaffOwnersNotAskedAndDecisionsNobodyAwaits() {
            String workOrderId = aboveTheLimit(ownedCase);
            act(workOrderId, "owner-decision", Map.of("decision", "APPROVE", "channel", "PORTAL", "ownerId", ownerId))
                    .statusCode(400).body("errors[0].field", equalTo("channel"));
            act(workOrderId, "owner-decision", Map.of("decision", "APPROVE", "channel", "EMAIL",
                                                      "ownerId", UUID.randomUUID().toString()))
                    .statusCode(400).body("errors[0].field", equalTo("ownerId"));
            String withinLimit = raise(ownedCase, Map.of("notToExceed", usd("100"))).statusCode(201)
                                                                                    .extract().path("data.id");
            decide(withinLimit, "APPROVE", null).statusCode(409).body("code", equalTo("NO_APPROVAL_PENDING"));
            Member finance = tenants.member(tenant, "finance");
            act(finance, workOrderId, "owner-decision", Map.of("decision", "APPROVE", "channel", "EMAIL",
                                                               "ownerId", ownerId)).statusCode(403);
        }
    }

    @Nested
    class ClosingTheCase {

        private ValidatableResponse changeCaseStatus(String status) {
            return as(operator).body(Map.of("status", status)).post("/api/v1/cases/" + caseId + "/change-status")
                               .then();
        }

        @Test
        void aCaseWithOpenWorkCannotCloseUntilTheWorkIsCompleted() {
            String workOrderId = raise();
            changeCaseStatus("IN_PROGRESS").statusCode(200);
            changeCaseStatus("RESOLVED").statusCode(200);
            changeCaseStatus("CLOSED").statusCode(409)
                                      .body("code", equalTo("WORK_ORDERS_OPEN"))
                                      .body("details.workOrderNumbers", equalTo(List.of("WO-000001")));
            walkTo(workOrderId, "mark-complete");
            changeCaseStatus("CLOSED").statusCode(200).body("data.status", equalTo("CLOSED"));

            act(workOrderId, "reopen", Map.of("reason", "Drips again")).statusCode(409)
                    .body("code", equalTo("CASE_CLOSED"));
            as(operator).get("/api/v1/work-orders/" + workOrderId).then().body("data.status", equalTo("COMPLETED"))
                        .body("data.reopenCount", equalTo(0));
        }

        @Test
        void cancellingTheWorkAlsoLetsTheCaseEnd() {
            String workOrderId = raise();
            changeCaseStatus("CANCELLED").statusCode(409).body("code", equalTo("WORK_ORDERS_OPEN"));
            act(workOrderId, "cancel", Map.of("reason", "Duplicate request")).statusCode(200);
            changeCaseStatus("CANCELLED").statusCode(200);
        }
    }

    @Nested
    class Access {

        private static final List<String> ACTIONS = List.of("assign-vendor", "accept", "decline", "schedule", "start",
                                                            "mark-complete", "hold", "resume", "cancel", "reopen",
                                                            "owner-decision");

        private Map<String, Object> validBodyFor(String action) {
            return switch (action) {
                case "assign-vendor" -> Map.of("vendorId", UUID.randomUUID().toString());
                case "decline", "hold", "cancel", "reopen" -> Map.of("reason", "because");
                case "schedule" -> Map.of("scheduledFor", VISIT);
                case "owner-decision" -> Map.of("decision", "APPROVE", "channel", "PHONE",
                                                "ownerId", UUID.randomUUID().toString());
                default -> Map.of();
            };
        }

        @Test
        void everyActionNeedsItsPermission() {
            String workOrderId = raise();
            Member finance = tenants.member(tenant, "finance");
            for (String action : ACTIONS) {
                act(finance, workOrderId, action, validBodyFor(action)).statusCode(403);
            }
            as(finance).body(Map.of("title", "Other")).patch("/api/v1/work-orders/" + workOrderId)
                       .then().statusCode(403);
        }

        @Test
        void anotherOrganizationGetsNotFoundOnEveryRoute() {
            String workOrderId = raise();
            Tenant other = tenants.newTenant();
            String theirVendor = vendor(other.admin(), LocalDate.now().plusYears(1).toString());
            for (String action : ACTIONS) {
                Map<String, Object> body = action.equals("assign-vendor") ? Map.of("vendorId", theirVendor)
                        : validBodyFor(action);
                act(other.admin(), workOrderId, action, body).statusCode(404).body("code", equalTo("NOT_FOUND"));
            }
            as(other.admin()).body(Map.of("title", "Other")).patch("/api/v1/work-orders/" + workOrderId)
                             .then().statusCode(404);
            as(other.admin()).get("/api/v1/work-orders/" + workOrderId).then().statusCode(404);
            as(operator).get("/api/v1/work-orders/" + workOrderId).then().statusCode(200)
                        .body("data.status", equalTo("OPEN")).body("data.version", equalTo(0));
        }

        @Test
        void aMissingWorkOrderIsNotFound() {
            act(UUID.randomUUID().toString(), "start").statusCode(404).body("code", equalTo("NOT_FOUND"));
            act("not-a-uuid", "start").statusCode(400);
        }
    }

    @Test
    void dueTimesAreExplicitInstants() {
        Instant due = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        raise(caseId, Map.of("slaDueAt", due.toString())).statusCode(201).body("data.slaDueAt", equalTo(due.toString()));
        raise(caseId, Map.of("slaDueAt", "tomorrow")).statusCode(400).body("errors[0].field", equalTo("slaDueAt"));
    }
}
