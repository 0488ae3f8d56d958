package com.vivanta.ops.app.invoice;

import static com.vivanta.ops.app.support.InvoiceFlows.role;
import static com.vivanta.ops.app.support.InvoiceFlows.users;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.vivanta.ops.api.approval.ApprovalMode;
import com.vivanta.ops.app.support.InvoiceFlows;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reading routes of approval flows, and each approver's own pending approvals. */
class ApprovalFlowQueryApiTest extends InvoiceApiTestBase {

    private Tenant tenant;
    private Member operator;
    private Member finance;
    private Member otherFinance;
    private String vendorId;
    private String propertyId;
    private int invoices;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
        finance = tenants.member(tenant, "finance");
        otherFinance = tenants.member(tenant, "finance");
        vendorId = vendor(operator, "Acme Plumbing");
        propertyId = property(operator, "MPL");
    }

    /** A new invoice entered and sent to review by {@code member}. */
    private String reviewedInvoice(Member member) {
        invoices++;
        String invoiceId = invoice(member, vendorId, propertyId, "F-" + invoices, "2025-0" + (invoices % 9 + 1) + "-01",
                                   costing(invoices + "00"));
        submitForReview(member, invoiceId);
        return invoiceId;
    }

    private String flowPath(UUID flowId) {
        return "/api/v1/approval-flows/" + flowId;
    }

    private void decide(Member member, UUID flowId, String decision, String reason) {
        as(member).body(reason == null ? Map.of() : Map.of("reason", reason))
                  .post(flowPath(flowId) + "/" + decision).then().statusCode(200);
    }

    @Test
    void aFlowShowsItsStepsAndEachDecisionAsItHappens() {
        String invoiceId = reviewedInvoice(operator);
        UUID flowId = startFlow(operator, invoiceId, role("Finance review", "finance"),
                                users("Both signatures", ApprovalMode.ALL, tenant.admin(), otherFinance));

        as(operator).get(flowPath(flowId)).then().statusCode(200)
                    .body("data.id", equalTo(flowId.toString()))
                    .body("data.organizationId", equalTo(tenant.organizationId().toString()))
                    .body("data.targetEntityType", equalTo("INVOICE"))
                    .body("data.targetEntityId", equalTo(invoiceId))
                    .body("data.status", equalTo("PENDING"))
                    .body("data.policyId", equalTo(InvoiceFlows.POLICY_ID.toString()))
                    .body("data.policyVersion", equalTo(InvoiceFlows.POLICY_VERSION))
                    .body("data.ruleName", equalTo("Test route"))
                    .body("data.initiatedBy", equalTo(operator.userId().toString()))
                    .body("data.startedAt", notNullValue())
                    .body("data.completedAt", nullValue())
                    .body("data.steps.stepOrder", contains(1, 2))
                    .body("data.steps.status", contains("PENDING", "WAITING"))
                    .body("data.steps[0].kind", equalTo("STAFF"))
                    .body("data.steps[0].roleName", equalTo("finance"))
                    .body("data.steps[0].userIds", empty())
                    .body("data.steps[1].mode", equalTo("ALL"))
                    .body("data.steps[1].decisions", empty());
        as(operator).get("/api/v1/invoices/" + invoiceId).then()
                    .body("data.status", equalTo("PENDING_APPROVAL"))
                    .body("data.currentFlowId", equalTo(flowId.toString()))
                    .body("data.policyId", equalTo(InvoiceFlows.POLICY_ID.toString()))
                    .body("data.policyVersion", equalTo(InvoiceFlows.POLICY_VERSION))
                    .body("data.policyRule", equalTo("Test route"))
                    .body("data.submittedBy", equalTo(operator.userId().toString()))
                    .body("data.nteCheck", equalTo("NOT_APPLICABLE"));

        decide(finance, flowId, "approve", "Prices as agreed");
        as(operator).get(flowPath(flowId) + "/steps").then().statusCode(200)
                    .body("meta.total", equalTo(2))
                    .body("data.status", contains("APPROVED", "PENDING"))
                    .body("data[0].decisions.decision", contains("APPROVE"))
                    .body("data[0].decisions[0].reason", equalTo("Prices as agreed"))
                    .body("data[0].decisions[0].actedBy", equalTo(finance.userId().toString()))
                    .body("data[0].decisions[0].at", notNullValue());

        decide(tenant.admin(), flowId, "approve", null);
        // One of two signatures: the step still waits for the other.
        as(operator).get(flowPath(flowId)).then()
                    .body("data.status", equalTo("PENDING"))
                    .body("data.steps[1].status", equalTo("PENDING"))
                    .body("data.steps[1].decisions.actedBy", contains(tenant.admin().userId().toString()));

        decide(otherFinance, flowId, "approve", null);
        as(operator).get(flowPath(flowId)).then()
                    .body("data.status", equalTo("APPROVED"))
                    .body("data.completedAt", notNullValue())
                    .body("data.steps.status", contains("APPROVED", "APPROVED"));
        as(operator).get("/api/v1/invoices/" + invoiceId).then().body("data.status", equalTo("APPROVED"));
    }

    @Test
    void aRejectionOrARequestForChangesEndsTheFlowAndAResubmissionStartsAFreshOne() {
        String invoiceId = reviewedInvoice(operator);
        UUID first = startFlow(operator, invoiceId, role("Finance", "finance"), role("Director", "admin"));
        decide(finance, first, "request-changes", "Split labour and parts");
        as(operator).get(flowPath(first)).then()
                    .body("data.status", equalTo("CHANGES_REQUESTED"))
                    .body("data.completedAt", notNullValue())
                    .body("data.steps.status", contains("CHANGES_REQUESTED", "NOT_REACHED"))
                    .body("data.steps[0].decisions[0].decision", equalTo("REQUEST_CHANGES"));
        as(operator).get("/api/v1/invoices/" + invoiceId).then().body("data.status", equalTo("CHANGES_REQUESTED"));

        UUID second = startFlow(operator, invoiceId, role("Finance", "finance"), role("Director", "admin"));
        decide(finance, second, "approve", null);
        decide(tenant.admin(), second, "reject", "Work not done");
        as(operator).get(flowPath(second)).then()
                    .body("data.status", equalTo("REJECTED"))
                    .body("data.steps.status", contains("APPROVED", "REJECTED"));
        as(operator).get("/api/v1/invoices/" + invoiceId).then()
                    .body("data.status", equalTo("REJECTED"))
                    .body("data.rejectionReason", equalTo("Work not done"))
                    .body("data.currentFlowId", equalTo(second.toString()));

        String other = reviewedInvoice(operator);
        UUID third = startFlow(operator, other, role("Finance", "finance"), role("Director", "admin"));
        decide(finance, third, "reject", "Duplicate of a paid bill");
        as(operator).get(flowPath(third)).then().body("data.steps.status", contains("REJECTED", "NOT_REACHED"));

        String list = "/api/v1/approval-flows";
        as(operator).get(list).then().statusCode(200).body("data.id", contains(third.toString(), second.toString(),
                                                                                first.toString()));
        as(operator).queryParam("invoiceId", invoiceId).get(list).then()
                    .body("data.id", contains(second.toString(), first.toString())).body("meta.total", equalTo(2));
        as(operator).queryParam("targetEntityId", invoiceId).queryParam("targetEntityType", "invoice").get(list).then()
                    .body("data.id", contains(second.toString(), first.toString()));
        as(operator).queryParam("status", "REJECTED").get(list).then()
                    .body("data.id", contains(third.toString(), second.toString()));
        as(operator).queryParam("status", "changes_requested").get(list).then().body("data.id",
                                                                                       contains(first.toString()));
        as(operator).queryParam("status", "PENDING").get(list).then().body("meta.total", equalTo(0));
        as(operator).queryParam("limit", 1).queryParam("offset", 1).get(list).then()
                    .body("data.id", contains(second.toString())).body("meta.total", equalTo(3));
    }

    @Test
    void aReassignmentShowsAmongTheStepsDecisionsWithItsReason() {
        UUID flowId = startFlow(operator, reviewedInvoice(operator),
                                users("Controller", ApprovalMode.ANY, finance));
        as(tenant.admin()).body(Map.of("roleName", "admin", "reason", "Controller on leave"))
                          .post(flowPath(flowId) + "/reassign").then().statusCode(200);

        as(operator).get(flowPath(flowId)).then()
                    .body("data.steps[0].status", equalTo("PENDING"))
                    .body("data.steps[0].roleName", equalTo("admin"))
                    .body("data.steps[0].userIds", empty())
                    .body("data.steps[0].decisions[0].decision", nullValue())
                    .body("data.steps[0].decisions[0].reason", equalTo("Controller on leave"))
                    .body("data.steps[0].decisions[0].actedBy", equalTo(tenant.admin().userId().toString()));
    }

    @Test
    void myPendingApprovalsAreTheOpenStepsICanDecideLessWhatSeparationOfDutiesKeepsFromMe() {
        Member controller = tenants.member(tenant, "operations");
        UUID byRole = startFlow(operator, reviewedInvoice(operator), role("Finance", "finance"));
        UUID named = startFlow(operator, reviewedInvoice(operator), users("Controller", ApprovalMode.ANY, controller));
        // Entered by one finance user, sent to review by the other: neither may approve it.
        String theirOwn = invoice(finance, vendorId, propertyId, "OWN-1", "2025-02-02", costing("50"));
        submitForReview(otherFinance, theirOwn);
        UUID barred = startFlow(operator, theirOwn, role("Finance", "finance"));
        UUID twoSteps = startFlow(operator, reviewedInvoice(operator),
                                  users("First", ApprovalMode.ANY, finance), role("Second", "finance"));
        UUID ended = startFlow(operator, reviewedInvoice(operator), role("Finance", "finance"));
        decide(otherFinance, ended, "reject", "Wrong vendor");

        String mine = "/api/v1/approvals/my-pending";
        as(finance).get(mine).then().statusCode(200)
                   .body("data.id", contains(byRole.toString(), twoSteps.toString()))
                   .body("meta.total", equalTo(2));
        as(otherFinance).get(mine).then().body("data.id", contains(byRole.toString()));
        as(controller).get(mine).then().body("data.id", contains(named.toString()));
        as(operator).get(mine).then().body("meta.total", equalTo(0));

        // Having approved the first step, one may not approve the second; someone else may.
        decide(finance, twoSteps, "approve", null);
        as(finance).get(mine).then().body("data.id", contains(byRole.toString()));
        as(otherFinance).get(mine).then().body("data.id", contains(byRole.toString(), twoSteps.toString()));
        as(otherFinance).queryParam("limit", 1).queryParam("offset", 1).get(mine).then()
                        .body("data.id", contains(twoSteps.toString())).body("meta.total", equalTo(2));
        as(operator).get(flowPath(barred)).then().body("data.status", equalTo("PENDING"));
    }

    @Test
    void refusesBadFiltersWithTheParameterNamed() {
        String list = "/api/v1/approval-flows";
        as(operator).queryParam("status", "SOMEDAY").get(list).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        as(operator).queryParam("invoiceId", "not-a-uuid").get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("invoiceId"));
        as(operator).queryParam("targetEntityType", "PROPERTY").get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("targetEntityType"));
        as(operator).queryParam("invoiceId", UUID.randomUUID()).queryParam("targetEntityId", UUID.randomUUID())
                    .get(list).then().statusCode(400).body("errors[0].field", equalTo("targetEntityId"));
        as(operator).queryParam("limit", 0).get("/api/v1/approvals/my-pending").then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        as(operator).get(list + "/not-a-uuid").then().statusCode(400);
        as(operator).get(list + "/not-a-uuid/steps").then().statusCode(400);
    }

    @Test
    void readingNeedsApprovalRead() {
        UUID flowId = startFlow(operator, reviewedInvoice(operator), role("Finance", "finance"));
        Member owner = tenants.member(tenant, "owner");
        for (String path : List.of("/api/v1/approval-flows", flowPath(flowId), flowPath(flowId) + "/steps",
                                   "/api/v1/approvals/my-pending")) {
            as(owner).get(path).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            anonymous().get(path).then().statusCode(401);
        }
    }

    @Test
    void anotherOrganizationsFlowsAreNeitherFoundNorListed() {
        UUID ours = startFlow(operator, reviewedInvoice(operator), role("Finance", "finance"));
        Member outsider = tenants.member(tenants.newTenant(), "finance");

        as(outsider).get(flowPath(ours)).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(outsider).get(flowPath(ours) + "/steps").then().statusCode(404);
        as(operator).get(flowPath(UUID.randomUUID())).then().statusCode(404);
        as(operator).get("/api/v1/approval-flows").then().body("data.id", contains(ours.toString()));
        as(outsider).get("/api/v1/approval-flows").then().body("meta.total", equalTo(0));
        // The outsider holds the "finance" role the step names, but in another organization.
        as(outsider).get("/api/v1/approvals/my-pending").then().body("meta.total", equalTo(0));
        as(finance).get("/api/v1/approvals/my-pending").then().body("data.id", contains(ours.toString()));
    }
}
