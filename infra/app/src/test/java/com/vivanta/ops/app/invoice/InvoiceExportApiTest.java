package com.vivanta.ops.app.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The accounting export file: exactly the invoice's lines and totals, safely quoted, for its organization only. */
class InvoiceExportApiTest extends InvoiceApiTestBase {

    private Tenant tenant;
    private Member operator;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
    }

    /** An invoice approved by policy (a route without steps) and exported; answers the export's location. */
    private String exported(Map<String, ?> invoice) {
        String invoiceId = invoice(operator, invoice);
        startFlow(operator, invoiceId);
        Response export = as(operator).post("/api/v1/invoices/" + invoiceId + "/export");
        export.then().statusCode(201).body("data.status", equalTo("EXPORTED"));
        String location = export.header("Location");
        as(operator).get("/api/v1/invoices/" + invoiceId).then()
                    .body("data.exportId", equalTo(location.substring(location.lastIndexOf('/') + 1)));
        return location;
    }

    @Test
    void theFileHasOneRowPerLineAndATotalRowMatchingTheInvoiceExactly() {
        String vendorId = vendor(operator, "Smith, Jones & \"Sons\"");
        String propertyId = property(operator, "MPL-1");
        String location = exported(Map.of(
                "vendorId", vendorId, "propertyId", propertyId, "invoiceNumber", "INV-0042",
                "invoiceDate", "2025-03-01", "dueDate", "2025-03-31", "currencyCode", "usd",
                "expenseCategory", "UTILITIES",
                "lines", List.of(line(1, "Labour, 2 hours", "2", "12.50", "8.25", "5100"),
                                 line(2, "Valve \"B\"\nreplaced", "1.5", "99.99", null, "5200"),
                                 line(3, "=HYPERLINK(\"http://evil\")", "3", "0.333", "20", null))));
        String exportId = location.substring(location.lastIndexOf('/') + 1);

        Response file = as(operator).get(location);

        file.then().statusCode(200)
            .contentType("text/csv;charset=UTF-8")
            .header("Content-Disposition", "attachment; filename=\"invoice-export-" + exportId + ".csv\"");
        String common = "INV-0042,2025-03-01,2025-03-31," + vendorId + ",\"Smith, Jones & \"\"Sons\"\"\","
                + propertyId + ",MPL-1,UTILITIES,";
        assertThat(file.asString()).isEqualTo(
                "invoice_number,invoice_date,due_date,vendor_id,vendor_name,property_id,property_code,"
                        + "expense_category,gl_account,line_number,description,quantity,unit_price,tax_rate,amount,tax,"
                        + "currency,total\r\n"
                        + common + "5100,1,\"Labour, 2 hours\",2,12.50,8.25,25.00,2.06,USD,27.06\r\n"
                        + common + "5200,2,\"Valve \"\"B\"\"\nreplaced\",1.5,99.99,,149.99,0.00,USD,149.99\r\n"
                        + common + ",3,\"'=HYPERLINK(\"\"http://evil\"\")\",3,0.333,20,1.00,0.20,USD,1.20\r\n"
                        + common + ",TOTAL,,,,,175.99,2.26,USD,178.25\r\n");
        // The totals row is the invoice's totals, and the lines add up to it.
        exactlyAs(operator).queryParam("vendorId", vendorId).get("/api/v1/invoices").then()
                           .body("data[0].subtotal.amount", equalTo(new BigDecimal("175.99")))
                           .body("data[0].tax.amount", equalTo(new BigDecimal("2.26")))
                           .body("data[0].total.amount", equalTo(new BigDecimal("178.25")));
        assertThat(Arrays.stream(new String[] {"27.06", "149.99", "1.20"}).map(BigDecimal::new)
                         .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("178.25");
    }

    @Test
    void anExportIsReadWithInvoiceReadAndOnlyInItsOrganization() {
        String location = exported(Map.of("vendorId", vendor(operator, "Acme"), "propertyId", property(operator, "OAK"),
                                          "invoiceNumber", "E-1", "invoiceDate", "2025-01-10",
                                          "currencyCode", "EUR", "lines", List.of(costing("10"))));
        as(tenant.admin()).get(location).then().statusCode(200);
        as(tenants.member(tenant, "owner")).get(location).then().statusCode(403);
        anonymous().get(location).then().statusCode(401);
        as(tenants.member(tenants.newTenant(), "finance")).get(location).then().statusCode(404)
                                                          .body("code", equalTo("NOT_FOUND"));
        as(operator).get("/api/v1/invoices/exports/" + UUID.randomUUID()).then().statusCode(404);
        // A client that asks for CSV only still learns why.
        as(operator).accept("text/csv").get("/api/v1/invoices/exports/" + UUID.randomUUID()).then().statusCode(404)
                    .contentType("application/problem+json");
        as(operator).get("/api/v1/invoices/exports/not-a-uuid").then().statusCode(400);
    }
}
