package com.vivanta.ops.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.vivanta.ops.app.support.ApiTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Organizations opened by the platform operator, and how completely they are kept apart. */
class OrganizationApiTest extends ApiTest {

    private static final String ADMIN_PASSWORD = "First-Admin-Password-1";

    private record Opened(String organizationId, String slug, String token) {
    }

    private Opened open(String name) {
        String slug = "org-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "first@" + slug + ".test";
        JsonPath created = as(tenants.platformOperator())
                .body(Map.of("name", name, "slug", slug,
                             "administrator", Map.of("email", email, "firstName", "First", "lastName", "Admin",
                                                     "password", ADMIN_PASSWORD)))
                .post("/api/v1/platform/organizations")
                .then().statusCode(201)
                .body("data.organization.slug", equalTo(slug))
                .body("data.administratorId", notNullValue())
                .extract().jsonPath();
        String token = anonymous().body(Map.of("email", email, "password", ADMIN_PASSWORD, "organization", slug))
                                  .post("/api/v1/auth/login").then().statusCode(200)
                                  .extract().path("data.accessToken");
        return new Opened(created.getString("data.organization.id"), slug, token);
    }

    private RequestSpecification with(Opened organization) {
        return anonymous().auth().oauth2(organization.token());
    }

    @Test
    void thePlatformOperatorOpensOrganizationsWhoseAdministratorsCanWorkAtOnce() {
        Opened acme = open("Acme Lettings");
        with(acme).get("/api/v1/organizations/current")
                  .then().statusCode(200).body("data.id", equalTo(acme.organizationId()))
                  .body("data.name", equalTo("Acme Lettings"));
        with(acme).get("/api/v1/organizations").then().body("data.id", equalTo(List.of(acme.organizationId())));
        with(acme).get("/api/v1/organizations/" + acme.organizationId()).then().statusCode(200);
        with(acme).get("/api/v1/roles").then().body("meta.total", equalTo(4));
        with(acme).body(Map.of("caseType", "maintenance", "title", "First case")).post("/api/v1/cases")
                  .then().statusCode(201);
    }

    @Test
    void slugsAreUniqueAndWellFormed() {
        Opened first = open("First");
        as(tenants.platformOperator())
                .body(Map.of("name", "Copycat", "slug", first.slug(),
                             "administrator", Map.of("email", "x@copy.test", "firstName", "X", "lastName", "Y",
                                                     "password", ADMIN_PASSWORD)))
                .post("/api/v1/platform/organizations")
                .then().statusCode(409).body("code", equalTo("DUPLICATE"));
        as(tenants.platformOperator())
                .body(Map.of("name", "Bad", "slug", "Not A Slug",
                             "administrator", Map.of("email", "nope", "firstName", "X", "lastName", "Y",
                                                     "password", "short")))
                .post("/api/v1/platform/organizations")
                .then().statusCode(400)
                .body("errors.field", hasItems("slug", "administrator.email",
                                                                    "administrator.password"));
    }

    @Test
    void onlyThePlatformOperatorOpensOrganizations() {
        Opened tenant = open("Tenant");
        with(tenant).body(Map.of("name", "Mine", "slug", "mine-" + UUID.randomUUID().toString().substring(0, 6),
                                 "administrator", Map.of("email", "a@b.test", "firstName", "A", "lastName", "B",
                                                         "password", ADMIN_PASSWORD)))
                    .post("/api/v1/platform/organizations")
                    .then().statusCode(403);
    }

    @Test
    void readingTheOrganizationNeedsItsPermissionExceptForTheCurrentOne() {
        Opened acme = open("Acme Roles");
        String email = "norole@" + acme.slug() + ".test";
        with(acme).body(Map.of("email", email, "firstName", "No", "lastName", "Role", "password", ADMIN_PASSWORD))
                  .post("/api/v1/users").then().statusCode(201);
        String token = anonymous().body(Map.of("email", email, "password", ADMIN_PASSWORD))
                                  .post("/api/v1/auth/login").then().statusCode(200)
                                  .extract().path("data.accessToken");
        anonymous().auth().oauth2(token).get("/api/v1/organizations").then().statusCode(403);
        anonymous().auth().oauth2(token).get("/api/v1/organizations/" + acme.organizationId()).then().statusCode(403);
        anonymous().auth().oauth2(token).get("/api/v1/organizations/current").then().statusCode(200)
                   .body("data.slug", equalTo(acme.slug()));
        anonymous().get("/api/v1/organizations/current").then().statusCode(401);
    }

    @Test
    void anotherOrganizationIsNotFound() {
        Opened acme = open("Acme");
        Opened globex = open("Globex");
        with(globex).get("/api/v1/organizations/" + acme.organizationId()).then().statusCode(404);
        with(globex).get("/api/v1/organizations").then().body("data.id", not(hasItem(acme.organizationId())));
    }

    /**
     * Everything the first organization has, looked for through every list and detail route with the
     * second organization's token: nothing shows, every id answers 404.
     */
    @Test
    void twoOrganizationsOpenedThroughThePlatformAreFullyIsolated() {
        Opened first = open("First Portfolio");
        Opened second = open("Second Portfolio");

        String propertyId = with(first).body(Map.of("propertyCode", "ISO-1", "name", "Isolated Court",
                                                    "propertyType", "RESIDENTIAL"))
                                       .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
        String buildingId = with(first).body(Map.of("name", "A", "buildingCode", "A"))
                                       .post("/api/v1/properties/" + propertyId + "/buildings")
                                       .then().statusCode(201).extract().path("data.id");
        String unitId = with(first).body(Map.of("unitNumber", "1", "buildingId", buildingId))
                                   .post("/api/v1/properties/" + propertyId + "/units")
                                   .then().statusCode(201).extract().path("data.id");
        String ownerId = with(first).body(Map.of("displayName", "Private Owner", "email", "private@owner.test"))
                                    .post("/api/v1/owners").then().statusCode(201).extract().path("data.id");
        with(first).body(Map.of("ownershipPercentage", 100)).post("/api/v1/owners/" + ownerId + "/properties/"
                                                                           + propertyId).then().statusCode(201);
        String userId = with(first).body(Map.of("email", "staff@first.test", "firstName", "S", "lastName", "T"))
                                   .post("/api/v1/users").then().statusCode(201).extract().path("data.id");
        String roleId = with(first).body(Map.of("roleName", "secret-role", "permissions", List.of("case.read")))
                                   .post("/api/v1/roles").then().statusCode(201).extract().path("data.id");
        String vendorId = with(first).body(Map.of("name", "Secret Plumbing", "tradeCategory", "plumbing",
                                                  "serviceRegions", List.of("north")))
                                     .post("/api/v1/vendors").then().statusCode(201).extract().path("data.id");
        String caseId = with(first).body(Map.of("caseType", "maintenance", "title", "Private leak",
                                                "propertyId", propertyId, "unitId", unitId))
                                   .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        String taskId = with(first).body(Map.of("taskType", "invoice_review", "title", "Private chore",
                                                "relatedEntityType", "CASE", "relatedEntityId", caseId))
                                   .post("/api/v1/tasks").then().statusCode(201).extract().path("data.id");

        for (String list : List.of("/api/v1/properties", "/api/v1/owners", "/api/v1/vendors",
                                   "/api/v1/vendors?tradeCategory=plumbing", "/api/v1/vendors?region=north",
                                   "/api/v1/cases", "/api/v1/cases/queues/open", "/api/v1/users", "/api/v1/roles",
                                   "/api/v1/tasks", "/api/v1/tasks/queues/review", "/api/v1/organizations")) {
            String body = with(second).get(list).then().statusCode(200).extract().asString();
            assertThat(body).as(list).doesNotContain(propertyId, ownerId, vendorId, userId, roleId, caseId, unitId,
                                                      buildingId, first.organizationId(), "Isolated Court",
                                                      "Private Owner", "Secret Plumbing", "staff@first.test",
                                                      "secret-role", "Private leak", taskId, "Private chore");
        }
        for (String detail : List.of("/api/v1/properties/" + propertyId, "/api/v1/properties/" + propertyId + "/summary",
                                     "/api/v1/properties/" + propertyId + "/buildings",
                                     "/api/v1/properties/" + propertyId + "/units",
                                     "/api/v1/properties/" + propertyId + "/units/" + unitId,
                                     "/api/v1/properties/" + propertyId + "/owners",
                                     "/api/v1/owners/" + ownerId, "/api/v1/owners/" + ownerId + "/properties",
                                     "/api/v1/vendors/" + vendorId, "/api/v1/vendors/" + vendorId + "/compliance",
                                     "/api/v1/users/" + userId, "/api/v1/users/" + userId + "/roles",
                                     "/api/v1/cases/" + caseId, "/api/v1/tasks/" + taskId,
                                     "/api/v1/organizations/" + first.organizationId())) {
            with(second).get(detail).then().statusCode(404);
        }
        with(second).body(Map.of("displayName", "Same e-mail elsewhere", "email", "private@owner.test"))
                    .post("/api/v1/owners").then().statusCode(201);
        with(second).body(Map.of("propertyCode", "ISO-1", "name", "Same code elsewhere", "propertyType", "LAND"))
                    .post("/api/v1/properties").then().statusCode(201);
    }
}
