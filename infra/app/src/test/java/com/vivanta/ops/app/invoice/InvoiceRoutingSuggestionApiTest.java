package com.vivanta.ops.app.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The approval assistant: an invoice sent to review gets a routing suggestion; applying it submits the
 * invoice for approval along the policy's route with the suggested approvers added, never fewer.
 */
class InvoiceRoutingSuggestionApiTest extends InvoiceApiTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    private Tenant tenant;
    private Member finance;
    private String invoiceId;

    @BeforeEach
    void invoiceUnderReview() {
        tenant = tenants.newTenant();
        finance = tenants.member(tenant, "finance");
        String vendorId = vendor(tenant.admin(), "Acme Construction");
        String propertyId = property(tenant.admin(), "RT-" + tenant.slug().substring(2, 6));
        invoiceId = invoice(finance, vendorId, propertyId, "AC-1", "2026-11-02", costing("6000.00"));
        submitForReview(finance, invoiceId);
    }

    private JsonPath awaitSuggestion() {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(
                () -> as(finance).queryParam("status", "PROPOSED")
                                 .get("/api/v1/invoices/" + invoiceId + "/ai-suggestions")
                                 .then().statusCode(200).extract().jsonPath(),
                page -> page.getList("data").size() == 1);
    }

    @Test
    void suggestsFinanceAndAdminForAHighValueInvoiceAndApplyingAddsOnlyWhatThePolicyRouteLacks() {
        JsonPath suggestion = awaitSuggestion();
        assertThat(suggestion.getString("data[0].type")).isEqualTo("INVOICE_APPROVAL_ROUTE");
        assertThat(suggestion.getList("data[0].fields.value")).containsExactly("finance,admin", "multi_step");
        String suggestionId = suggestion.getString("data[0].id");

        // The default policy already asks finance and admin for this amount; the operator adds operations.
        String flowId = as(finance).body(Map.of("suggestionId", suggestionId,
                                                "edits", Map.of("approverRoles", "finance,admin,operations")))
                                   .post("/api/v1/invoices/" + invoiceId + "/apply-routing-suggestion")
                                   .then().statusCode(200)
                                   .body("data.status", equalTo("PENDING_APPROVAL"))
                                   .extract().path("data.currentFlowId");

        as(finance).get("/api/v1/approval-flows/" + flowId).then().statusCode(200)
                   .body("data.steps.name", equalTo(List.of("Finance approval", "Management approval",
                                                            "Suggested review: operations")));
        List<String> suggestionIds = jdbc.queryForList("""
                SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'aiSuggestionId' FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_type LIKE '%InvoiceApprovalFlowStartedEvent'
                """, String.class, invoiceId);
        assertThat(suggestionIds).containsExactly(suggestionId);
    }

    @Test
    void refusesARoleTheOrganizationDoesNotHaveAndKeepsTheInvoiceInReview() {
        String suggestionId = awaitSuggestion().getString("data[0].id");

        as(finance).body(Map.of("suggestionId", suggestionId, "edits", Map.of("approverRoles", "finance,wizards")))
                   .post("/api/v1/invoices/" + invoiceId + "/apply-routing-suggestion")
                   .then().statusCode(400)
                   .body("errors[0].field", equalTo("edits.approverRoles"));

        as(finance).get("/api/v1/invoices/" + invoiceId).then().body("data.status", equalTo("PENDING_REVIEW"));
        as(finance).get("/api/v1/ai/suggestions/" + suggestionId).then().body("data.status", equalTo("PROPOSED"));
    }

    @Test
    void needsTheReviewPermissionAndTheInvoiceOfTheOrganization() {
        String suggestionId = awaitSuggestion().getString("data[0].id");

        as(tenants.member(tenant, "owner")).body(Map.of("suggestionId", suggestionId))
                                           .post("/api/v1/invoices/" + invoiceId + "/apply-routing-suggestion")
                                           .then().statusCode(403);
        Member outsider = tenants.newTenant().admin();
        as(outsider).body(Map.of("suggestionId", suggestionId))
                    .post("/api/v1/invoices/" + invoiceId + "/apply-routing-suggestion")
                    .then().statusCode(404);
        as(outsider).get("/api/v1/invoices/" + invoiceId + "/ai-suggestions").then().statusCode(404);
    }
}
