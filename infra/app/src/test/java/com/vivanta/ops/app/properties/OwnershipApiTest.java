package com.vivanta.ops.app.properties;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OwnershipApiTest extends ApiTest {

    private Tenant tenant;
    private Member operator;
    private String propertyId;
    private String alice;
    private String bob;

    @BeforeEach
    void portfolio() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
        propertyId = as(operator).body(Map.of("propertyCode", "OWN-1", "name", "Owned Court", "propertyType", "RESIDENTIAL"))
                                 .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
        alice = owner("Alice");
        bob = owner("Bob");
    }

    private String owner(String name) {
        return as(operator).body(Map.of("displayName", name)).post("/api/v1/owners")
                           .then().statusCode(201).extract().path("data.id");
    }

    private String path(String ownerId) {
        return "/api/v1/owners/" + ownerId + "/properties/" + propertyId;
    }

    @Test
    void linksOwnersWithTheirTermsAndListsThemBothWays() {
        as(operator).body(Map.of("ownershipPercentage", 60, "startDate", "2024-01-01", "isPrimaryContact", true,
                                 "approvalLimit", Map.of("amount", "500.00", "currency", "USD")))
                    .post(path(alice))
                    .then().statusCode(201)
                    .body("data.ownerId", equalTo(alice))
                    .body("data.ownership.percentage", equalTo(60))
                    .body("data.ownership.primaryContact", equalTo(true))
                    .body("data.ownership.approvalLimit.amount", equalTo(500.0f))
                    .body("data.ownership.approvalLimit.currency", equalTo("USD"));
        as(operator).body(Map.of("ownershipPercentage", 40)).post(path(bob)).then().statusCode(201);

        as(operator).get("/api/v1/owners/" + alice + "/properties")
                    .then().statusCode(200)
                    .body("data[0].property.id", equalTo(propertyId))
                    .body("data[0].ownership.startDate", equalTo("2024-01-01"));
        as(operator).get("/api/v1/properties/" + propertyId + "/owners")
                    .then().body("meta.total", equalTo(2));
        as(operator).get("/api/v1/properties/" + propertyId + "/summary").then().body("data.ownerCount", equalTo(2));
    }

    @Test
    void sharesNeverAddUpToMoreThanTheWhole() {
        as(operator).body(Map.of("ownershipPercentage", 60)).post(path(alice)).then().statusCode(201);
        as(operator).body(Map.of("ownershipPercentage", 41)).post(path(bob))
                    .then().statusCode(409).body("code", equalTo("OWNERSHIP_EXCEEDS_100"))
                    .body("details.total", equalTo("101"));
        as(operator).body(Map.of("ownershipPercentage", 40)).post(path(bob)).then().statusCode(201);
        as(operator).body(Map.of("ownershipPercentage", 50)).patch(path(bob)).then().statusCode(409);
        as(operator).body(Map.of("endDate", "2025-12-31")).patch(path(alice)).then().statusCode(200);
        String carol = owner("Carol");
        as(operator).body(Map.of("ownershipPercentage", 60, "startDate", "2026-01-01")).post(path(carol))
                    .then().statusCode(201);
    }

    @Test
    void revisesAndRemovesLinks() {
        as(operator).body(Map.of("ownershipPercentage", 50, "approvalLimit", Map.of("amount", "250", "currency", "EUR")))
                    .post(path(alice)).then().statusCode(201);
        Map<String, Object> patch = new HashMap<>();
        patch.put("approvalLimit", null);
        patch.put("isPrimaryContact", true);
        as(operator).body(patch).patch(path(alice))
                    .then().statusCode(200)
                    .body("data.ownership.approvalLimit", nullValue())
                    .body("data.ownership.primaryContact", equalTo(true))
                    .body("data.ownership.percentage", equalTo(50));
        as(operator).delete(path(alice)).then().statusCode(200).body("data.removed", equalTo(true));
        as(operator).get("/api/v1/owners/" + alice + "/properties").then().body("data", equalTo(List.of()));
        as(operator).delete(path(alice)).then().statusCode(404);
    }

    @Test
    void refusesInvalidTermsAndUnknownParties() {
        as(operator).body(Map.of("ownershipPercentage", 101)).post(path(alice))
                    .then().statusCode(400).body("errors[0].field", equalTo("ownershipPercentage"));
        as(operator).body(Map.of("startDate", "2025-02-01", "endDate", "2025-01-01")).post(path(alice))
                    .then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        as(operator).body(Map.of("approvalLimit", Map.of("amount", "10.123", "currency", "USD"))).post(path(alice))
                    .then().statusCode(400);
        as(operator).body(Map.of("approvalLimit", Map.of("amount", "10", "currency", "XYZ"))).post(path(alice))
                    .then().statusCode(400);
        as(operator).body(Map.of("approvalLimit", Map.of("amount", "1e20", "currency", "USD"))).post(path(alice))
                    .then().statusCode(400).body("errors[0].field", equalTo("approvalLimit"));
        as(operator).body(Map.of()).post("/api/v1/owners/" + UUID.randomUUID() + "/properties/" + propertyId)
                    .then().statusCode(404);
        as(operator).body(Map.of()).post("/api/v1/owners/" + alice + "/properties/" + UUID.randomUUID())
                    .then().statusCode(404);
        as(operator).body(Map.of()).post(path(alice)).then().statusCode(201);
        as(operator).body(Map.of()).post(path(alice)).then().statusCode(409).body("code", equalTo("DUPLICATE"));
    }

    @Test
    void needsOwnerPermissionsAndStaysWithinTheOrganization() {
        Member finance = tenants.member(tenant, "finance");
        as(finance).body(Map.of()).post(path(alice)).then().statusCode(403);
        as(finance).body(Map.of()).patch(path(alice)).then().statusCode(403);
        as(finance).delete(path(alice)).then().statusCode(403);
        as(finance).get("/api/v1/owners/" + alice + "/properties").then().statusCode(403);
        as(operator).body(Map.of("ownershipPercentage", 10)).post(path(alice)).then().statusCode(201);

        Member outsider = tenants.newTenant().admin();
        String outsidersOwner = as(outsider).body(Map.of("displayName", "Outsider")).post("/api/v1/owners")
                                            .then().statusCode(201).extract().path("data.id");
        as(outsider).body(Map.of()).post(path(outsidersOwner)).then().statusCode(404);
        as(outsider).body(Map.of("ownershipPercentage", 1)).patch(path(alice)).then().statusCode(404);
        as(outsider).delete(path(alice)).then().statusCode(404);
        as(outsider).get("/api/v1/owners/" + alice + "/properties").then().statusCode(404);
        as(operator).body(Map.of()).post("/api/v1/owners/" + outsidersOwner + "/properties/" + propertyId)
                    .then().statusCode(404);
    }
}
