package com.vivanta.ops.app.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.invoice.FindSimilarInvoicesQuery;
import com.vivanta.ops.app.support.InvoiceFlows;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reading routes of invoices: details and lines, list filters, the queues, and who may see what. */
class InvoiceQueryApiTest extends InvoiceApiTestBase {

    @Autowired
    private QueryGateway queryGateway;

    private Tenant tenant;
    private Member operator;
    private Member finance;
    private String vendorId;
    private String propertyId;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
        finance = tenants.member(tenant, "finance");
        vendorId = vendor(operator, "Acme Plumbing");
        propertyId = property(operator, "MPL");
    }

    @Test
    void showsAnInvoiceWithItsLinesInOrderAndTheTotalsOfTheLines() {
        String invoiceId = invoice(operator, vendorId, propertyId, "INV-1", "2025-01-10",
                                   line(3, "Parts", "1.5", "99.99", null, "5200"),
                                   line(1, "Labour, 2 hours", "2", "12.50", "8.25", "5100"));
        String path = "/api/v1/invoices/" + invoiceId;

        exactlyAs(operator).get(path).then().statusCode(200)
                           .body("data.id", equalTo(invoiceId))
                           .body("data.status", equalTo("DRAFT"))
                           .body("data.vendorId", equalTo(vendorId))
                           .body("data.propertyId", equalTo(propertyId))
                           .body("data.invoiceNumber", equalTo("INV-1"))
                           .body("data.invoiceDate", equalTo("2025-01-10"))
                           .body("data.currency", equalTo("USD"))
                           .body("data.lines.lineNumber", contains(1, 3))
                           .body("data.lines[0].quantity", equalTo(2))
                           .body("data.lines[0].unitPrice", equalTo(new BigDecimal("12.50")))
                           .body("data.lines[0].taxRate", equalTo(new BigDecimal("8.25")))
                           .body("data.lines[0].amount", equalTo(new BigDecimal("25.00")))
                           .body("data.lines[0].tax", equalTo(new BigDecimal("2.06")))
                           .body("data.lines[1].amount", equalTo(new BigDecimal("149.99")))
                           .body("data.lines[1].tax", equalTo(new BigDecimal("0.00")))
                           .body("data.subtotal.amount", equalTo(new BigDecimal("174.99")))
                           .body("data.tax.amount", equalTo(new BigDecimal("2.06")))
                           .body("data.total.amount", equalTo(new BigDecimal("177.05")))
                           .body("data.total.currency", equalTo("USD"))
                           .body("data.duplicateCheckStatus", equalTo("CLEAR"))
                           .body("data.similarInvoiceIds", empty())
                           .body("data.nteCheck", nullValue())
                           .body("data.currentFlowId", nullValue())
                           .body("data.createdBy", equalTo(operator.userId().toString()));

        as(operator).body(line(2, "Call-out", "1", "40", "10", null)).post(path + "/lines").then().statusCode(201);
        exactlyAs(operator).get(path + "/lines").then().statusCode(200)
                           .body("meta.total", equalTo(3))
                           .body("data.lineNumber", contains(1, 2, 3))
                           .body("data[1].amount", equalTo(new BigDecimal("40.00")))
                           .body("data[1].tax", equalTo(new BigDecimal("4.00")));

        as(operator).body(line(3, "Parts", "1", "99.99", null, "5200")).put(path + "/lines/3").then().statusCode(200);
        as(operator).delete(path + "/lines/1").then().statusCode(200);
        exactlyAs(operator).get(path).then()
                           .body("data.lines.lineNumber", contains(2, 3))
                           .body("data.subtotal.amount", equalTo(new BigDecimal("139.99")))
                           .body("data.tax.amount", equalTo(new BigDecimal("4.00")))
                           .body("data.total.amount", equalTo(new BigDecimal("143.99")));
    }

    @Test
    void filtersByStatusVendorPropertyDuplicateCheckAndDatesMostRecentlyChangedFirst() {
        String otherVendor = vendor(operator, "Bolt Electric");
        String otherProperty = property(operator, "OAK");
        String january = invoice(operator, Map.of("vendorId", vendorId, "propertyId", propertyId,
                                                  "invoiceNumber", "J-1", "invoiceDate", "2025-01-10",
                                                  "dueDate", "2025-02-10", "currencyCode", "USD",
                                                  "lines", List.of(costing("100"))));
        String march = invoice(operator, Map.of("vendorId", otherVendor, "propertyId", propertyId,
                                                "invoiceNumber", "M-1", "invoiceDate", "2025-03-01",
                                                "dueDate", "2025-03-31", "currencyCode", "USD",
                                                "lines", List.of(costing("200"))));
        String may = invoice(operator, vendorId, otherProperty, "Y-1", "2025-05-01", costing("300"));
        submitForReview(operator, may);

        String list = "/api/v1/invoices";
        as(operator).get(list).then().statusCode(200).body("meta.total", equalTo(3))
                    .body("data.id", contains(may, march, january));
        as(operator).queryParam("status", "PENDING_REVIEW").get(list).then().body("data.id", contains(may));
        as(operator).queryParam("status", "draft").get(list).then().body("data.id", contains(march, january));
        as(operator).queryParam("vendorId", vendorId).get(list).then().body("data.id", contains(may, january));
        as(operator).queryParam("propertyId", propertyId).get(list).then().body("data.id", contains(march, january));
        as(operator).queryParam("duplicateCheckStatus", "CLEAR").get(list).then().body("meta.total", equalTo(3));
        as(operator).queryParam("duplicateCheckStatus", "SUSPECTED_DUPLICATE").get(list).then()
                    .body("meta.total", equalTo(0));
        as(operator).queryParam("invoiceDateFrom", "2025-03-01").get(list).then().body("data.id", contains(may, march));
        as(operator).queryParam("invoiceDateTo", "2025-03-01").get(list).then().body("data.id", contains(march, january));
        as(operator).queryParam("dueDateFrom", "2025-02-11").get(list).then().body("data.id", contains(march));
        as(operator).queryParam("dueDateTo", "2025-02-10").get(list).then().body("data.id", contains(january));
        as(operator).queryParam("workOrderId", UUID.randomUUID()).get(list).then().body("meta.total", equalTo(0));
        as(operator).queryParam("limit", 1).queryParam("offset", 1).get(list).then()
                    .body("data.id", contains(march)).body("meta.total", equalTo(3));
        // Lists carry the lines too.
        as(operator).queryParam("vendorId", otherVendor).get(list).then().body("data[0].lines.lineNumber", contains(1));
    }

    @Test
    void theQueuesHoldWhatWaitsForReviewForApprovalAndWhatNeedsALookAgainOldestFirst() {
        String first = invoice(operator, vendorId, propertyId, "Q-1", "2025-01-10", costing("100"));
        String second = invoice(operator, vendorId, propertyId, "Q-2", "2025-03-20", costing("500"));
        String third = invoice(operator, vendorId, propertyId, "Q-3", "2025-06-01", costing("900"));
        submitForReview(operator, third);
        submitForReview(operator, second);
        submitForReview(operator, first);
        String queues = "/api/v1/invoices/queues/";
        as(finance).get(queues + "pending-review").then().statusCode(200)
                   .body("data.id", contains(first, second, third)).body("meta.total", equalTo(3));

        startFlow(operator, second, InvoiceFlows.role("Finance", "finance"));
        as(finance).get(queues + "pending-approval").then().statusCode(200).body("data.id", contains(second));
        as(finance).get(queues + "pending-review").then().body("data.id", contains(first, third));

        as(finance).body(Map.of("reason", "Not our building")).post("/api/v1/invoices/" + third + "/reject")
                   .then().statusCode(200);
        // Same vendor, same amount, a week later: a suspected duplicate of the first.
        String lookalike = invoice(operator, vendorId, propertyId, "Q-4", "2025-01-17", costing("100"));
        submitForReview(operator, lookalike);
        as(operator).get("/api/v1/invoices/" + lookalike).then()
                    .body("data.status", equalTo("PENDING_REVIEW"))
                    .body("data.duplicateCheckStatus", equalTo("SUSPECTED_DUPLICATE"))
                    .body("data.similarInvoiceIds", contains(first));
        as(operator).get(queues + "exceptions").then().statusCode(200)
                    .body("data.id", contains(third, lookalike)).body("meta.total", equalTo(2));
        as(operator).get("/api/v1/invoices/" + third).then().body("data.rejectionReason", equalTo("Not our building"));

        // Not the operator who entered it: clearing takes a second pair of eyes.
        as(finance).body(Map.of("reason", "Two visits that week")).post("/api/v1/invoices/" + lookalike
                                                                               + "/clear-duplicate")
                    .then().statusCode(200);
        as(operator).get(queues + "exceptions").then().body("data.id", contains(third));
        as(operator).get("/api/v1/invoices/" + lookalike).then()
                    .body("data.duplicateCheckStatus", equalTo("CLEARED"))
                    .body("data.duplicateClearedReason", equalTo("Two visits that week"))
                    .body("data.similarInvoiceIds", contains(first));
        as(operator).queryParam("limit", 1).queryParam("offset", 1).get(queues + "pending-review").then()
                    .body("data.id", contains(lookalike)).body("meta.total", equalTo(2));
    }

    @Test
    void similarInvoicesAreTheVendorsOthersWithinOnePercentAndThirtyDaysNotRejected() {
        String reference = invoice(operator, vendorId, propertyId, "S-0", "2025-06-15", costing("100.00"));
        String monthLaterOnePercentMore = invoice(operator, vendorId, propertyId, "S-1", "2025-07-15",
                                                  costing("101.00"));
        invoice(operator, vendorId, propertyId, "S-2", "2025-06-15", costing("101.01"));
        String monthEarlierOnePercentLess = invoice(operator, vendorId, propertyId, "S-3", "2025-05-16",
                                                    costing("99.00"));
        invoice(operator, vendorId, propertyId, "S-4", "2025-07-16", costing("100.00"));
        invoice(operator, vendor(operator, "Other"), propertyId, "S-5", "2025-06-15", costing("100.00"));
        invoice(operator, Map.of("vendorId", vendorId, "propertyId", propertyId, "invoiceNumber", "S-6",
                                 "invoiceDate", "2025-06-15", "currencyCode", "EUR", "lines", List.of(costing("100"))));
        String rejected = invoice(operator, vendorId, propertyId, "S-7", "2025-06-16", costing("100.00"));
        submitForReview(operator, rejected);
        as(finance).body(Map.of("reason", "Sent twice")).post("/api/v1/invoices/" + rejected + "/reject")
                   .then().statusCode(200);
        invoice(operator, vendorId, propertyId, "S-8", null, costing("100.00"));

        Money hundred = Money.of("100.00", "USD");
        LocalDate june15 = LocalDate.parse("2025-06-15");
        assertThat(similar(UUID.fromString(reference), hundred, june15))
                .containsExactly(UUID.fromString(monthLaterOnePercentMore), UUID.fromString(monthEarlierOnePercentLess));
        // A new invoice (no id yet) finds the reference too.
        assertThat(similar(null, hundred, june15)).contains(UUID.fromString(reference));
        assertThat(similar(UUID.fromString(reference), hundred, null)).isEmpty();
        assertThat(similar(UUID.fromString(reference), null, june15)).isEmpty();
        Member outsider = tenants.member(tenants.newTenant(), "operations");
        assertThat(queryGateway.query(new FindSimilarInvoicesQuery(outsider.organizationId(), null,
                                                                   UUID.fromString(vendorId), hundred, june15),
                                      ResponseTypes.multipleInstancesOf(UUID.class)).join()).isEmpty();
    }

    private List<UUID> similar(UUID invoiceId, Money total, LocalDate invoiceDate) {
        return queryGateway.query(new FindSimilarInvoicesQuery(tenant.organizationId(), invoiceId,
                                                               UUID.fromString(vendorId), total, invoiceDate),
                                  ResponseTypes.multipleInstancesOf(UUID.class)).join();
    }

    @Test
    void refusesBadFiltersWithTheParameterNamed() {
        String list = "/api/v1/invoices";
        as(operator).queryParam("status", "PAID").get(list).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        as(operator).queryParam("vendorId", "not-a-uuid").get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("vendorId"));
        as(operator).queryParam("duplicateCheckStatus", "MAYBE").get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("duplicateCheckStatus"));
        as(operator).queryParam("invoiceDateFrom", "yesterday").get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("invoiceDateFrom"));
        as(operator).queryParam("dueDateTo", "2025-02-30").get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("dueDateTo"));
        as(operator).queryParam("limit", 101).get(list).then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        as(operator).queryParam("offset", -1).get("/api/v1/invoices/queues/exceptions").then().statusCode(400)
                    .body("errors[0].field", equalTo("offset"));
        as(operator).get("/api/v1/invoices/not-a-uuid").then().statusCode(400)
                    .body("code", equalTo("INVALID_PARAMETER"));
        as(operator).get("/api/v1/invoices/not-a-uuid/lines").then().statusCode(400);
    }

    @Test
    void readingNeedsInvoiceReadAndTheQueuesTheirOwnPermission() {
        String invoiceId = invoice(operator, vendorId, propertyId, "P-1", "2025-01-10", costing("10"));
        Member owner = tenants.member(tenant, "owner");
        for (String path : List.of("/api/v1/invoices", "/api/v1/invoices/" + invoiceId,
                                   "/api/v1/invoices/" + invoiceId + "/lines",
                                   "/api/v1/invoices/queues/pending-review", "/api/v1/invoices/queues/pending-approval",
                                   "/api/v1/invoices/queues/exceptions")) {
            as(owner).get(path).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            anonymous().get(path).then().statusCode(401);
        }
        // Operations review invoices but do not approve them.
        as(operator).get("/api/v1/invoices/queues/pending-approval").then().statusCode(403)
                    .body("details.requiredPermissions", containsInAnyOrder("invoice.read", "invoice.approve"));
        as(operator).get("/api/v1/invoices/queues/pending-review").then().statusCode(200);
        as(finance).get("/api/v1/invoices/queues/pending-approval").then().statusCode(200);
    }

    @Test
    void anotherOrganizationsInvoicesAreNeitherFoundNorListed() {
        String ours = invoice(operator, vendorId, propertyId, "O-1", "2025-01-10", costing("10"));
        submitForReview(operator, ours);
        Member outsider = tenants.member(tenants.newTenant(), "finance");
        Member outsiderOperator = tenants.member(tenants.newTenant(), "operations");
        String theirs = invoice(outsiderOperator, vendor(outsiderOperator, "Theirs"),
                                property(outsiderOperator, "THR"), "O-1", "2025-01-10", costing("10"));

        as(outsider).get("/api/v1/invoices/" + ours).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(outsider).get("/api/v1/invoices/" + ours + "/lines").then().statusCode(404);
        as(operator).get("/api/v1/invoices/" + UUID.randomUUID()).then().statusCode(404);
        as(operator).get("/api/v1/invoices").then().body("data.id", contains(ours));
        as(outsiderOperator).get("/api/v1/invoices").then().body("data.id", contains(theirs));
        as(outsider).get("/api/v1/invoices").then().body("meta.total", equalTo(0));
        as(outsider).get("/api/v1/invoices/queues/pending-review").then().body("meta.total", equalTo(0));
        as(outsider).queryParam("vendorId", vendorId).get("/api/v1/invoices").then().body("meta.total", equalTo(0));
    }
}
