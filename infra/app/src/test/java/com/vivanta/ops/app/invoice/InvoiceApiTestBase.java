package com.vivanta.ops.app.invoice;

import com.vivanta.ops.api.approval.ApprovalStepPlan;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.InvoiceFlows;
import com.vivanta.ops.app.support.TestTenants.Member;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** What the invoice reading tests share: vendors, properties and invoices entered through the API. */
abstract class InvoiceApiTestBase extends ApiTest {

    @Autowired
    protected InvoiceFlows flows;

    /** Requests whose JSON numbers are read as exact decimals, so that 25.00 is not 25.0. */
    protected RequestSpecification exactlyAs(Member member) {
        return as(member).config(RestAssuredConfig.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL)));
    }

    protected String vendor(Member member, String name) {
        return as(member).body(Map.of("name", name, "insuranceExpiresOn", LocalDate.now().plusYears(1).toString()))
                         .post("/api/v1/vendors").then().statusCode(201).extract().path("data.id");
    }

    protected String property(Member member, String code) {
        return as(member).body(Map.of("propertyCode", code, "name", code + " Court", "propertyType", "RESIDENTIAL"))
                         .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
    }

    /** An invoice in USD dated {@code invoiceDate} (null for none), entered by {@code member}. */
    protected String invoice(Member member, String vendorId, String propertyId, String number, String invoiceDate,
                             Map<?, ?>... lines) {
        Map<String, Object> body = new HashMap<>(Map.of("vendorId", vendorId, "propertyId", propertyId,
                                                        "invoiceNumber", number, "currencyCode", "USD",
                                                        "lines", Arrays.asList(lines)));
        if (invoiceDate != null) {
            body.put("invoiceDate", invoiceDate);
        }
        return invoice(member, body);
    }

    protected String invoice(Member member, Map<String, ?> body) {
        return as(member).body(body).post("/api/v1/invoices").then().statusCode(201).extract().path("data.id");
    }

    /** A line; {@code taxRate} null for none. */
    protected static Map<String, Object> line(int lineNumber, String description, String quantity, String unitPrice,
                                              String taxRate, String glAccount) {
        Map<String, Object> line = new HashMap<>(Map.of("lineNumber", lineNumber, "quantity", quantity,
                                                        "unitPrice", unitPrice));
        if (description != null) {
            line.put("description", description);
        }
        if (taxRate != null) {
            line.put("taxRate", taxRate);
        }
        if (glAccount != null) {
            line.put("glAccount", glAccount);
        }
        return line;
    }

    /** One line of {@code amount} without tax. */
    protected static Map<String, Object> costing(String amount) {
        return line(1, "Work", "1", amount, null, null);
    }

    protected void submitForReview(Member member, String invoiceId) {
        as(member).post("/api/v1/invoices/" + invoiceId + "/submit-for-review").then().statusCode(200);
    }

    protected UUID startFlow(Member submitter, String invoiceId, ApprovalStepPlan... steps) {
        return flows.start(submitter, UUID.fromString(invoiceId), steps);
    }
}
