package com.vivanta.ops.app.workorder;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reading routes of work orders: list filters, the queues, and who may see what. */
class WorkOrderQueryApiTest extends ApiTest {

    private Tenant tenant;
    private Member operator;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
    }

    private String openCase(Member member, String propertyId) {
        Map<String, Object> body = new HashMap<>(Map.of("caseType", "maintenance", "title", "Leak"));
        if (propertyId != null) {
            body.put("propertyId", propertyId);
        }
        return as(member).body(body).post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
    }

    private String raise(Member member, String caseId, Map<String, ?> body) {
        return as(member).body(body).post("/api/v1/cases/" + caseId + "/work-orders")
                         .then().statusCode(201).extract().path("data.id");
    }

    private String property(String code) {
        return as(operator).body(Map.of("propertyCode", code, "name", code + " Court", "propertyType", "RESIDENTIAL"))
                           .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
    }

    private String vendor() {
        return as(operator).body(Map.of("name", "Acme", "insuranceExpiresOn",
                                        LocalDate.now().plusYears(1).toString()))
                           .post("/api/v1/vendors").then().statusCode(201).extract().path("data.id");
    }

    private static String hoursFromNow(long hours) {
        return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void filtersByStatusVendorCasePropertyOverdueAndText() {
        String maple = property("MPL");
        String mapleCase = openCase(operator, maple);
        String otherCase = openCase(operator, null);
        String late = raise(operator, mapleCase, Map.of("title", "Boiler service", "slaDueAt", hoursFromNow(-2)));
        String dispatched = raise(operator, mapleCase, Map.of("title", "Gutter clean", "slaDueAt", hoursFromNow(5)));
        String elsewhere = raise(operator, otherCase, Map.of("title", "Boiler check"));
        String vendorId = vendor();
        as(operator).body(Map.of("vendorId", vendorId)).post("/api/v1/work-orders/" + dispatched + "/assign-vendor")
                    .then().statusCode(200);

        String list = "/api/v1/work-orders";
        as(operator).get(list).then().statusCode(200).body("meta.total", equalTo(3))
                    // most recently changed first
                    .body("data.id", contains(dispatched, elsewhere, late));
        as(operator).queryParam("status", "ASSIGNED").get(list).then().body("data.id", contains(dispatched));
        as(operator).queryParam("status", "open").get(list).then().body("data.id", contains(elsewhere, late));
        as(operator).queryParam("vendorId", vendorId).get(list).then().body("data.id", contains(dispatched));
        as(operator).queryParam("caseId", otherCase).get(list).then().body("data.id", contains(elsewhere));
        as(operator).queryParam("propertyId", maple).get(list).then().body("data.id",
                                                                            containsInAnyOrder(late, dispatched));
        as(operator).queryParam("overdue", true).get(list).then().body("data.id", contains(late));
        as(operator).queryParam("overdue", false).get(list).then().body("data.id",
                                                                         containsInAnyOrder(dispatched, elsewhere));
        as(operator).queryParam("search", "BOILER").get(list).then().body("data.id",
                                                                           containsInAnyOrder(late, elsewhere));
        as(operator).queryParam("search", "WO-000002").get(list).then().body("data.id", contains(dispatched));
        as(operator).queryParam("limit", 1).queryParam("offset", 1).get(list).then()
                    .body("data.id", contains(elsewhere)).body("meta.total", equalTo(3));
        as(operator).queryParam("createdFrom", Instant.now().plus(1, ChronoUnit.HOURS).toString()).get(list)
                    .then().body("meta.total", equalTo(0));
    }

    @Test
    void theOverdueQueueHoldsOpenWorkPastItsDueTimeEarliestFirst() {
        String caseId = openCase(operator, null);
        String later = raise(operator, caseId, Map.of("slaDueAt", hoursFromNow(-1)));
        String earliest = raise(operator, caseId, Map.of("slaDueAt", hoursFromNow(-30)));
        raise(operator, caseId, Map.of("slaDueAt", hoursFromNow(3)));
        String cancelled = raise(operator, caseId, Map.of("slaDueAt", hoursFromNow(-50)));
        as(operator).body(Map.of("reason", "Duplicate")).post("/api/v1/work-orders/" + cancelled + "/cancel")
                    .then().statusCode(200);

        as(operator).get("/api/v1/work-orders/queues/overdue").then().statusCode(200)
                    .body("data.id", contains(earliest, later)).body("meta.total", equalTo(2));
        // Moving the due time out takes it off the queue.
        as(operator).body(Map.of("slaDueAt", hoursFromNow(48))).patch("/api/v1/work-orders/" + earliest)
                    .then().statusCode(200);
        as(operator).get("/api/v1/work-orders/queues/overdue").then().body("data.id", contains(later));
    }

    @Test
    void refusesBadFiltersWithTheParameterNamed() {
        as(operator).queryParam("status", "SOMEDAY").get("/api/v1/work-orders").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        as(operator).queryParam("vendorId", "not-a-uuid").get("/api/v1/work-orders").then().statusCode(400)
                    .body("errors[0].field", equalTo("vendorId"));
        as(operator).queryParam("overdue", "perhaps").get("/api/v1/work-orders").then().statusCode(400)
                    .body("errors[0].field", equalTo("overdue"));
        as(operator).queryParam("createdFrom", "yesterday").get("/api/v1/work-orders").then().statusCode(400)
                    .body("errors[0].field", equalTo("createdFrom"));
        as(operator).queryParam("limit", 0).get("/api/v1/work-orders/queues/overdue").then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        as(operator).queryParam("search", "x".repeat(201)).get("/api/v1/work-orders").then().statusCode(400)
                    .body("errors[0].field", equalTo("search"));
        as(operator).get("/api/v1/work-orders/not-a-uuid").then().statusCode(400);
    }

    @Test
    void readingNeedsWorkOrderRead() {
        String workOrderId = raise(operator, openCase(operator, null), Map.of());
        Member finance = tenants.member(tenant, "finance");
        for (String path : List.of("/api/v1/work-orders", "/api/v1/work-orders/" + workOrderId,
                                   "/api/v1/work-orders/queues/overdue", "/api/v1/work-orders/queues/awaiting-owner")) {
            as(finance).get(path).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            anonymous().get(path).then().statusCode(401);
        }
    }

    @Test
    void anotherOrganizationsWorkOrdersAreNeitherFoundNorListed() {
        String ours = raise(operator, openCase(operator, null), Map.of("slaDueAt", hoursFromNow(-1)));
        Member outsider = tenants.member(tenants.newTenant(), "operations");
        String theirs = raise(outsider, openCase(outsider, null), Map.of("slaDueAt", hoursFromNow(-1)));

        as(outsider).get("/api/v1/work-orders/" + ours).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(operator).get("/api/v1/work-orders/" + UUID.randomUUID()).then().statusCode(404);
        for (String path : List.of("/api/v1/work-orders", "/api/v1/work-orders/queues/overdue")) {
            as(operator).get(path).then().body("data.id", contains(ours));
            as(outsider).get(path).then().body("data.id", contains(theirs));
        }
        String ourCase = as(operator).get("/api/v1/work-orders/" + ours).then().extract().path("data.caseId");
        as(outsider).queryParam("caseId", ourCase).get("/api/v1/work-orders").then().body("meta.total", equalTo(0));
    }
}
