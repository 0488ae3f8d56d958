package com.vivanta.ops.app.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.vivanta.ops.api.owners.OwnerRegisteredEvent;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OwnerApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    private Tenant tenant;
    private Member operator;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
    }

    private ValidatableResponse register(Member member, Map<String, Object> body) {
        return as(member).body(body).post("/api/v1/owners").then();
    }

    private String register(Map<String, Object> body) {
        return register(operator, body).statusCode(201).extract().path("data.id");
    }

    private String register(String displayName, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", displayName);
        if (email != null) {
            body.put("email", email);
        }
        return register(body);
    }

    private ValidatableResponse patch(Member member, String ownerId, Map<String, Object> body) {
        return as(member).body(body).patch("/api/v1/owners/" + ownerId).then();
    }

    private ValidatableResponse patch(String ownerId, Map<String, Object> body) {
        return patch(operator, ownerId, body);
    }

    /** A body with explicit nulls, which {@code Map.of} does not allow. */
    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    /** An e-mail no other test uses: all tests share one database. */
    private static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    @Nested
    class Registering {

        @Test
        void registersAnOwnerAndAnswersWithTheProjectedView() {
            String email = uniqueEmail("ada");
            as(operator).header("X-Correlation-Id", "corr-owner-1")
                        .body(Map.of("displayName", "Ada Lovelace", "email", "  " + email.toUpperCase() + " ",
                                     "phone", "+44 20 7946 0000", "isCompany", true, "status", "inactive"))
                        .post("/api/v1/owners")
                        .then().statusCode(201)
                        .header("Location", startsWith("/api/v1/owners/"))
                        .header("X-Correlation-Id", "corr-owner-1")
                        .body("data.id", notNullValue())
                        .body("data.organizationId", equalTo(tenant.organizationId().toString()))
                        .body("data.displayName", equalTo("Ada Lovelace"))
                        .body("data.email", equalTo(email))
                        .body("data.phone", equalTo("+44 20 7946 0000"))
                        .body("data.isCompany", equalTo(true))
                        .body("data.status", equalTo("INACTIVE"))
                        .body("data.createdAt", notNullValue())
                        .body("data.version", equalTo(0))
                        .body("meta.requestId", notNullValue());
        }

        @Test
        void defaultsToAnActivePersonWithoutContactDetails() {
            Response created = as(operator).body(Map.of("displayName", "Bo")).post("/api/v1/owners");
            created.then().statusCode(201)
                   .body("data.email", nullValue())
                   .body("data.phone", nullValue())
                   .body("data.isCompany", equalTo(false))
                   .body("data.status", equalTo("ACTIVE"));
            String ownerId = created.path("data.id");
            String createdAt = created.path("data.createdAt");
            as(operator).get(created.header("Location"))
                        .then().statusCode(200)
                        .body("data.id", equalTo(ownerId))
                        .body("data.displayName", equalTo("Bo"))
                        .body("data.createdAt", equalTo(createdAt))
                        .body("data.updatedAt", equalTo(createdAt));
        }

        @Test
        void reportsEveryInvalidFieldAtOnce() {
            register(operator, Map.of("displayName", "x".repeat(161), "email", "not-an-email",
                                      "phone", "1".repeat(41)))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", hasItems("displayName", "email", "phone"))
                    .body("requestId", notNullValue());
        }

        @Test
        void refusesAMissingBlankOrTooShortName() {
            register(operator, Map.of("email", uniqueEmail("nameless")))
                    .statusCode(400).body("errors.field", equalTo(List.of("displayName")));
            register(operator, Map.of("displayName", "   "))
                    .statusCode(400).body("errors.field", hasItem("displayName"));
            register(operator, Map.of("displayName", "A"))
                    .statusCode(400).body("errors.field", equalTo(List.of("displayName")));
            register(operator, Map.of("displayName", "x".repeat(160))).statusCode(201);
        }

        @Test
        void refusesAddressesThatCannotReachAnOwner() {
            for (String bad : List.of("ada@", "@example.test", "ada@localhost", "ada lovelace@example.test",
                                      "ada@@example.test", "", "   ")) {
                register(operator, Map.of("displayName", "Bad mail", "email", bad))
                        .statusCode(400)
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors.field", everyItem(equalTo("email")));
            }
            // Well-formed (local part at most 64, labels at most 63 characters), 254 and 255 characters long.
            String local = UUID.randomUUID() + "-" + "a".repeat(27);
            String longest = local + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(48)
                    + ".example.test";
            String tooLong = local + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(49)
                    + ".example.test";
            assertThat(longest).hasSize(254);
            assertThat(tooLong).hasSize(255);
            register(operator, Map.of("displayName", "Long mail", "email", longest)).statusCode(201);
            register(operator, Map.of("displayName", "Too long mail", "email", tooLong))
                    .statusCode(400).body("errors.field", equalTo(List.of("email")));
        }

        @Test
        void refusesUnknownPropertiesAndValuesOfTheWrongType() {
            register(operator, Map.of("displayName", "Sneaky", "organizationId", UUID.randomUUID().toString()))
                    .statusCode(400).body("code", equalTo("UNKNOWN_PROPERTY"))
                    .body("errors[0].field", equalTo("organizationId"));
            register(operator, Map.of("displayName", "Bad status", "status", "ARCHIVED"))
                    .statusCode(400).body("code", equalTo("INVALID_VALUE"))
                    .body("errors[0].field", equalTo("status"));
            register(operator, Map.of("displayName", "Bad kind", "isCompany", "maybe"))
                    .statusCode(400).body("code", equalTo("INVALID_VALUE"))
                    .body("errors[0].field", equalTo("isCompany"));
            register(operator, Map.of("displayName", Map.of("first", "Ada")))
                    .statusCode(400).body("code", equalTo("INVALID_VALUE"))
                    .body("errors[0].field", equalTo("displayName"));
            as(operator).body("{\"displayName\": ").post("/api/v1/owners")
                        .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
            as(operator).body("[]").post("/api/v1/owners")
                        .then().statusCode(400).body("code", equalTo("MALFORMED_BODY"));
        }
    }

    @Nested
    class UniqueEmail {

        @Test
        void refusesAnEmailAnotherOwnerOfTheOrganizationHasInAnyCase() {
            String email = uniqueEmail("shared");
            register("First", email);
            register(operator, Map.of("displayName", "Second", "email", " " + email.toUpperCase()))
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("code", equalTo("DUPLICATE"))
                    .body("details.field", equalTo("email"))
                    .body("details.value", equalTo(email));
            as(operator).queryParam("search", "Second").get("/api/v1/owners")
                        .then().body("meta.total", equalTo(0));
        }

        @Test
        void refusesTakingAnotherOwnersEmailByPatchAndChangesNothingElse() {
            String taken = uniqueEmail("taken");
            register("Holder", taken);
            String other = register("Other", uniqueEmail("other"));
            patch(other, Map.of("displayName", "Renamed", "email", taken.toUpperCase()))
                    .statusCode(409).body("code", equalTo("DUPLICATE"));
            as(operator).get("/api/v1/owners/" + other)
                        .then().body("data.displayName", equalTo("Other"))
                        .body("data.version", equalTo(0));
        }

        @Test
        void anotherOrganizationMayUseTheSameEmail() {
            String email = uniqueEmail("everywhere");
            register("Here", email);
            Tenant elsewhere = tenants.newTenant();
            register(elsewhere.admin(), Map.of("displayName", "There", "email", email.toUpperCase()))
                    .statusCode(201)
                    .body("data.email", equalTo(email));
        }

        @Test
        void aClearedOrChangedEmailIsFreeForOthers() {
            String first = uniqueEmail("released");
            String second = uniqueEmail("moved");
            String clearing = register("Clearing", first);
            String moving = register("Moving", second);

            patch(clearing, body("email", null)).statusCode(200).body("data.email", nullValue());
            patch(moving, Map.of("email", uniqueEmail("new-address"))).statusCode(200);

            register("Takes the cleared one", first);
            register("Takes the old one", second);
            // The first owner cannot simply take it back now.
            patch(clearing, Map.of("email", first)).statusCode(409).body("code", equalTo("DUPLICATE"));
        }

        @Test
        void ofTwentySimultaneousRegistrationsWithOneEmailExactlyOneSucceeds() throws Exception {
            String email = uniqueEmail("race");
            tenants.tokenOf(operator, port); // sign in once, not twenty times at once
            ExecutorService threads = Executors.newFixedThreadPool(20);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String name = "Racer " + i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return as(operator).body(Map.of("displayName", name, "email", email)).post("/api/v1/owners");
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            threads.shutdown();

            assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(1);
            assertThat(responses).filteredOn(response -> response.statusCode() == 409)
                                 .hasSize(19)
                                 .allSatisfy(response -> assertThat(response.<String>path("code"))
                                         .isEqualTo("DUPLICATE"));
            Integer stored = jdbc.queryForObject("""
                                                 SELECT count(*) FROM domain_event_entry
                                                 WHERE payload_type = ?
                                                   AND convert_from(payload, 'UTF8') LIKE ?
                                                 """, Integer.class, OwnerRegisteredEvent.class.getName(),
                                                 "%\"email\":\"" + email + "\"%");
            assertThat(stored).isEqualTo(1);
            as(operator).queryParam("search", email).get("/api/v1/owners")
                        .then().body("meta.total", equalTo(1));
        }
    }

    @Nested
    class Revising {

        @Test
        void changesWhatIsGivenClearsExplicitNullsAndKeepsTheRest() {
            String email = uniqueEmail("patch");
            String ownerId = register(Map.of("displayName", "Old name", "email", email, "phone", "0123",
                                             "isCompany", false));
            patch(ownerId, body("displayName", "New name", "phone", null, "isCompany", true))
                    .statusCode(200)
                    .body("data.displayName", equalTo("New name"))
                    .body("data.phone", nullValue())
                    .body("data.isCompany", equalTo(true))
                    .body("data.email", equalTo(email))
                    .body("data.status", equalTo("ACTIVE"))
                    .body("data.version", equalTo(1));
            patch(ownerId, body("email", null, "status", "INACTIVE"))
                    .statusCode(200)
                    .body("data.email", nullValue())
                    .body("data.status", equalTo("INACTIVE"))
                    .body("data.displayName", equalTo("New name"))
                    .body("data.version", equalTo(3));
            as(operator).get("/api/v1/owners/" + ownerId)
                        .then().body("data.email", nullValue()).body("data.status", equalTo("INACTIVE"));
        }

        @Test
        void aPatchThatChangesNothingRecordsNothing() {
            String email = uniqueEmail("same");
            String ownerId = register("Same", email);
            patch(ownerId, Map.of("displayName", "Same", "email", email.toUpperCase(), "status", "ACTIVE"))
                    .statusCode(200)
                    .body("data.version", equalTo(0));
            patch(ownerId, Map.of()).statusCode(200).body("data.version", equalTo(0));
        }

        @Test
        void refusesNullForFieldsThatCannotBeEmpty() {
            String ownerId = register("Keep me", null);
            for (String field : List.of("displayName", "isCompany", "status")) {
                patch(ownerId, body(field, null))
                        .statusCode(400)
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors[0].field", startsWith(field));
            }
            as(operator).get("/api/v1/owners/" + ownerId)
                        .then().body("data.displayName", equalTo("Keep me")).body("data.version", equalTo(0));
        }

        @Test
        void refusesInvalidValues() {
            String ownerId = register("Valid", null);
            patch(ownerId, Map.of("displayName", "A")).statusCode(400).body("errors[0].field", startsWith("displayName"));
            patch(ownerId, Map.of("email", "nope")).statusCode(400).body("errors[0].field", startsWith("email"));
            patch(ownerId, Map.of("email", "")).statusCode(400).body("errors[0].field", startsWith("email"));
            patch(ownerId, Map.of("phone", "9".repeat(41))).statusCode(400).body("errors[0].field", startsWith("phone"));
            patch(ownerId, Map.of("status", "GONE")).statusCode(400).body("code", equalTo("INVALID_VALUE"));
            patch(ownerId, Map.of("nickname", "Val")).statusCode(400).body("code", equalTo("UNKNOWN_PROPERTY"));
        }

        @Test
        void anUnknownOwnerIsNotFound() {
            patch(UUID.randomUUID().toString(), Map.of("displayName", "Nobody"))
                    .statusCode(404).body("code", equalTo("NOT_FOUND"));
            as(operator).get("/api/v1/owners/not-a-uuid").then().statusCode(400);
        }
    }

    @Nested
    class Listing {

        @Test
        void filtersByStatusAndSearchesNamesAndEmailsInPages() {
            String ada = register("Ada Lovelace", uniqueEmail("countess"));
            String estates = register("Babbage Estates", uniqueEmail("ADA-office"));
            String grace = register("Grace Hopper", uniqueEmail("grace"));
            patch(grace, Map.of("status", "INACTIVE")).statusCode(200);

            as(operator).queryParam("search", "aDa").get("/api/v1/owners")
                        .then().statusCode(200)
                        .body("data.id", equalTo(List.of(estates, ada)))
                        .body("meta.total", equalTo(2));
            as(operator).queryParam("status", "inactive").get("/api/v1/owners")
                        .then().body("data.id", equalTo(List.of(grace)));
            as(operator).queryParam("status", "ACTIVE").queryParam("search", "hopper").get("/api/v1/owners")
                        .then().body("meta.total", equalTo(0));
            as(operator).queryParam("search", "%").get("/api/v1/owners")
                        .then().body("meta.total", equalTo(0));
            as(operator).get("/api/v1/owners")
                        .then().body("meta.total", equalTo(3))
                        .body("meta.limit", equalTo(25))
                        .body("meta.offset", equalTo(0))
                        // Most recently registered first; a later change does not move an owner up.
                        .body("data.id", equalTo(List.of(grace, estates, ada)));
            as(operator).queryParam("limit", 1).queryParam("offset", 1).get("/api/v1/owners")
                        .then().body("data.id", equalTo(List.of(estates)))
                        .body("meta.total", equalTo(3))
                        .body("meta.limit", equalTo(1))
                        .body("meta.offset", equalTo(1));
        }

        @Test
        void refusesAnInvalidWindowOrFilter() {
            as(operator).queryParam("limit", 0).get("/api/v1/owners")
                        .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            as(operator).queryParam("limit", 101).get("/api/v1/owners")
                        .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            as(operator).queryParam("offset", -1).get("/api/v1/owners")
                        .then().statusCode(400).body("errors[0].field", equalTo("offset"));
            as(operator).queryParam("status", "ARCHIVED").get("/api/v1/owners")
                        .then().statusCode(400).body("errors[0].field", equalTo("status"));
            as(operator).queryParam("search", "x".repeat(201)).get("/api/v1/owners")
                        .then().statusCode(400).body("errors[0].field", equalTo("search"));
        }
    }

    @Nested
    class Access {

        @Test
        void everyRouteNeedsTheOwnerPermissions() {
            String ownerId = register("Private", null);
            for (String roleName : List.of("finance", "owner")) {
                Member outsider = tenants.member(tenant, roleName);
                as(outsider).get("/api/v1/owners")
                            .then().statusCode(403).body("code", equalTo("FORBIDDEN"))
                            .body("details.requiredPermissions", hasItem("owner.read"));
                as(outsider).get("/api/v1/owners/" + ownerId)
                            .then().statusCode(403).body("details.requiredPermissions", hasItem("owner.read"));
                register(outsider, Map.of("displayName", "Not allowed"))
                        .statusCode(403).body("details.requiredPermissions", hasItem("owner.write"));
                patch(outsider, ownerId, Map.of("displayName", "Not allowed"))
                        .statusCode(403).body("details.requiredPermissions", hasItem("owner.write"));
            }
            anonymous().get("/api/v1/owners").then().statusCode(401);
            as(operator).get("/api/v1/owners/" + ownerId).then().body("data.displayName", equalTo("Private"));
        }

        @Test
        void anotherOrganizationsOwnerIsNotFoundAndNeverListed() {
            String ownerId = register("Ours", uniqueEmail("ours"));
            Member stranger = tenants.newTenant().admin();
            String notFound = as(stranger).get("/api/v1/owners/" + UUID.randomUUID())
                                          .then().statusCode(404).extract().path("detail");

            as(stranger).get("/api/v1/owners/" + ownerId)
                        .then().statusCode(404).body("code", equalTo("NOT_FOUND"))
                        .body("detail", equalTo(notFound));
            patch(stranger, ownerId, Map.of("displayName", "Mine now"))
                    .statusCode(404).body("code", equalTo("NOT_FOUND"))
                    .body("detail", equalTo(notFound));
            as(stranger).get("/api/v1/owners")
                        .then().statusCode(200)
                        .body("meta.total", equalTo(0))
                        .body("data.id", not(hasItem(ownerId)));
            as(operator).get("/api/v1/owners/" + ownerId).then().body("data.displayName", equalTo("Ours"));
        }
    }
}
