package com.vivanta.ops.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /{cases|work-orders|invoices}/{id}/history?asOf=}: the entity as it stood at an instant,
 * rebuilt from its events. Each state an entity passed through is what the command that produced it
 * answered; the history at an instant after that command (and before the next) must show exactly that.
 */
class HistoryApiTest extends ApiTest {

    private Tenant tenant;
    private Member operator;

    @BeforeEach
    void setUp() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
    }

    @Test
    void aCaseChangedThreeTimesShowsEachStateBetweenTheChanges() {
        List<Step> steps = new ArrayList<>();
        steps.add(step(() -> as(operator).body(Map.of("caseType", "maintenance", "title", "First title",
                                                      "priority", "NORMAL"))
                                         .post("/api/v1/cases").then().statusCode(201).extract()));
        String caseId = steps.get(0).state().get("id").toString();
        String path = "/api/v1/cases/" + caseId;
        steps.add(step(() -> as(operator).body(Map.of("title", "Second title")).patch(path)
                                         .then().statusCode(200).extract()));
        steps.add(step(() -> as(operator).body(Map.of("priority", "URGENT")).patch(path)
                                         .then().statusCode(200).extract()));
        steps.add(step(() -> as(operator).body(Map.of("status", "IN_PROGRESS")).post(path + "/change-status")
                                         .then().statusCode(200).extract()));

        assertEachStateBetweenTheSteps(path, steps);
        assertThat(history(path, steps.get(0).after())).containsEntry("title", "First title")
                                                       .containsEntry("priority", "NORMAL")
                                                       .containsEntry("status", "OPEN");
        assertThat(history(path, steps.get(1).after())).containsEntry("title", "Second title")
                                                       .containsEntry("priority", "NORMAL");
        assertThat(history(path, steps.get(2).after())).containsEntry("priority", "URGENT")
                                                       .containsEntry("status", "OPEN");
        assertThat(history(path, steps.get(3).after())).containsEntry("status", "IN_PROGRESS")
                                                       .containsEntry("version", 3);
        // Now is the same as the live read model.
        assertThat(history(path, Instant.now())).isEqualTo(as(operator).get(path).then().extract().path("data"));
        as(operator).queryParam("asOf", steps.get(1).after().toString()).get(path + "/history")
                    .then().statusCode(200).body("meta.asOf", equalTo(steps.get(1).after().toString()))
                    .body("data.version", equalTo(1));
    }

    @Test
    void aWorkOrderShowsItsStateBeforeAndAfterItsCancellation() {
        String caseId = as(operator).body(Map.of("caseType", "maintenance", "title", "Roof"))
                                    .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        List<Step> steps = new ArrayList<>();
        steps.add(step(() -> as(operator).body(Map.of("trade", "roofing", "title", "Fix the roof"))
                                         .post("/api/v1/cases/" + caseId + "/work-orders")
                                         .then().statusCode(201).extract()));
        String path = "/api/v1/work-orders/" + steps.get(0).state().get("id");
        steps.add(step(() -> as(operator).body(Map.of("reason", "Tenant fixed it")).post(path + "/cancel")
                                         .then().statusCode(200).extract()));

        assertEachStateBetweenTheSteps(path, steps);
        assertThat(history(path, steps.get(0).after())).containsEntry("status", "OPEN");
        assertThat(history(path, steps.get(1).after())).containsEntry("status", "CANCELLED")
                                                       .containsEntry("cancellationReason", "Tenant fixed it");
    }

    @Test
    void anInvoiceShowsItsLinesAndStatusAsTheyWere() {
        String vendorId = as(operator).body(Map.of("name", "Pipes Inc",
                                                   "insuranceExpiresOn", LocalDate.now().plusYears(1).toString()))
                                      .post("/api/v1/vendors").then().statusCode(201).extract().path("data.id");
        String propertyId = as(operator).body(Map.of("propertyCode", "HIS-1", "name", "History Court",
                                                     "propertyType", "RESIDENTIAL"))
                                        .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
        List<Step> steps = new ArrayList<>();
        steps.add(step(() -> as(operator).body(Map.of("vendorId", vendorId, "propertyId", propertyId,
                                                      "invoiceNumber", "H-1",
                                                      "invoiceDate", "2025-01-10", "currencyCode", "USD",
                                                      "lines", List.of(Map.of("lineNumber", 1, "quantity", "2",
                                                                              "unitPrice", "45.50"))))
                                         .post("/api/v1/invoices").then().statusCode(201).extract()));
        String path = "/api/v1/invoices/" + steps.get(0).state().get("id");
        steps.add(step(() -> as(operator).body(Map.of("lineNumber", 2, "description", "Parts", "quantity", "1",
                                                      "unitPrice", "12.34"))
                                         .post(path + "/lines").then().statusCode(201).extract()));
        steps.add(step(() -> as(operator).post(path + "/submit-for-review").then().statusCode(200).extract()));

        assertEachStateBetweenTheSteps(path, steps);
        assertThat((List<?>) history(path, steps.get(0).after()).get("lines")).hasSize(1);
        assertThat((List<?>) history(path, steps.get(1).after()).get("lines")).hasSize(2);
        assertThat(history(path, steps.get(1).after())).containsEntry("status", "DRAFT");
        assertThat(history(path, steps.get(2).after()).get("status")).isNotEqualTo("DRAFT");
    }

    @Test
    void anInstantBeforeTheEntityExistedIsNotFoundWithItsOwnCode() {
        Instant before = Instant.now().minusSeconds(60);
        String caseId = as(operator).body(Map.of("caseType", "maintenance", "title", "Late"))
                                    .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");

        as(operator).queryParam("asOf", before.toString()).get("/api/v1/cases/" + caseId + "/history")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("code", equalTo("NOT_YET_CREATED"));
    }

    @Test
    void asOfIsRequiredAndMustBeAnInstant() {
        String caseId = as(operator).body(Map.of("caseType", "maintenance", "title", "Asked badly"))
                                    .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        String path = "/api/v1/cases/" + caseId + "/history";

        as(operator).get(path).then().statusCode(400).body("code", equalTo("MISSING_PARAMETER"))
                    .body("errors[0].field", equalTo("asOf"));
        as(operator).queryParam("asOf", "last tuesday").get(path).then().statusCode(400)
                    .body("code", equalTo("INVALID_PARAMETER")).body("errors[0].field", equalTo("asOf"));
        as(operator).queryParam("asOf", Instant.now().toString()).get("/api/v1/cases/not-a-uuid/history")
                    .then().statusCode(400);
    }

    @Test
    void anotherOrganizationsOrAnotherKindsEntityIsNotFound() {
        String caseId = as(operator).body(Map.of("caseType", "maintenance", "title", "Ours"))
                                    .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        String workOrderId = as(operator).body(Map.of("trade", "roofing"))
                                         .post("/api/v1/cases/" + caseId + "/work-orders")
                                         .then().statusCode(201).extract().path("data.id");
        String now = Instant.now().toString();
        Member stranger = tenants.newTenant().admin();

        for (String path : List.of("/api/v1/cases/" + caseId, "/api/v1/work-orders/" + workOrderId)) {
            as(stranger).queryParam("asOf", now).get(path + "/history").then().statusCode(404)
                        .body("code", equalTo("NOT_FOUND"));
            // Even for an instant before it existed: the code must not tell that it exists elsewhere.
            as(stranger).queryParam("asOf", "2000-01-01T00:00:00Z").get(path + "/history").then().statusCode(404)
                        .body("code", equalTo("NOT_FOUND"));
        }
        as(operator).queryParam("asOf", now).get("/api/v1/cases/" + workOrderId + "/history")
                    .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(operator).queryParam("asOf", now).get("/api/v1/invoices/" + caseId + "/history")
                    .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(operator).queryParam("asOf", now).get("/api/v1/cases/" + UUID.randomUUID() + "/history")
                    .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void historyNeedsTheEntitysReadPermission() {
        String caseId = as(operator).body(Map.of("caseType", "maintenance", "title", "Private"))
                                    .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        Member finance = tenants.member(tenant, "finance");

        as(finance).queryParam("asOf", Instant.now().toString()).get("/api/v1/cases/" + caseId + "/history")
                   .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    /** What a command answered (the entity right after it) and an instant after it, before the next one. */
    private record Step(Map<String, Object> state, Instant after) {
    }

    private static Step step(Supplier<ExtractableResponse<Response>> command) {
        Map<String, Object> state = command.get().path("data");
        pause();
        Instant after = Instant.now();
        pause();
        return new Step(state, after);
    }

    private void assertEachStateBetweenTheSteps(String path, List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            assertThat(history(path, steps.get(i).after())).as("%s at step %d", path, i)
                                                           .isEqualTo(steps.get(i).state());
        }
    }

    private Map<String, Object> history(String path, Instant asOf) {
        return as(operator).queryParam("asOf", asOf.toString()).get(path + "/history")
                           .then().statusCode(200).extract().path("data");
    }

    /** Keeps event times and the instants asked for apart, whatever the clock's resolution. */
    private static void pause() {
        try {
            Thread.sleep(15);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
