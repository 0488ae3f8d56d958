package com.vivanta.ops.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserApiTest extends ApiTest {

    private static final String PASSWORD = "Another-Secret-9";

    private Tenant tenant;
    private Member admin;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        admin = tenant.admin();
    }

    private String register(String email, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "firstName", "Grace", "lastName", "Hopper",
                                                        "password", PASSWORD));
        body.putAll(extra);
        return as(admin).body(body).post("/api/v1/users").then().statusCode(201).extract().path("data.id");
    }

    private String roleId(String roleName) {
        List<Map<String, Object>> roles = as(admin).get("/api/v1/roles").then().statusCode(200)
                                                   .extract().path("data");
        return roles.stream().filter(role -> role.get("roleName").equals(roleName)).map(role -> (String) role.get("id"))
                    .findFirst().orElseThrow();
    }

    private String login(String email, String password) {
        return anonymous().body(Map.of("email", email, "password", password, "organization", tenant.slug()))
                          .post("/api/v1/auth/login").then().statusCode(200).extract().path("data.accessToken");
    }

    @Nested
    class Managing {

        @Test
        void registersAUserWhoCanSignInWithTheGivenRoles() {
            String id = register("Grace@Example.test", Map.of("roleIds", List.of(roleId("operations"))));
            as(admin).get("/api/v1/users/" + id)
                     .then().statusCode(200)
                     .body("data.email", equalTo("grace@example.test"))
                     .body("data.status", equalTo("ACTIVE"))
                     .body("data.userType", equalTo("INTERNAL"))
                     .body("data.passwordHash", nullValue())
                     .body("data.lastLoginAt", nullValue());
            String token = login("grace@example.test", PASSWORD);
            anonymous().auth().oauth2(token).get("/api/v1/cases").then().statusCode(200);
            anonymous().auth().oauth2(token).get("/api/v1/users").then().statusCode(403);
            as(admin).get("/api/v1/users/" + id).then().body("data.lastLoginAt", notNullValue());
            as(admin).get("/api/v1/users/" + id + "/roles")
                     .then().statusCode(200).body("data.roleName", equalTo(List.of("operations")))
                     .body("data[0].permissions", hasItem("case.write"));
        }

        @Test
        void listsWithFilters() {
            register("list-a@example.test", Map.of());
            register("list-b@example.test", Map.of("status", "INVITED"));
            as(admin).get("/api/v1/users").then().statusCode(200).body("meta.total", equalTo(3));
            as(admin).queryParam("status", "invited").get("/api/v1/users")
                     .then().body("data.email", equalTo(List.of("list-b@example.test")));
            as(admin).queryParam("search", "LIST-A").get("/api/v1/users")
                     .then().body("data.email", equalTo(List.of("list-a@example.test")));
            as(admin).queryParam("userType", "OWNER").get("/api/v1/users").then().body("meta.total", equalTo(0));
        }

        @Test
        void revisesAndChangesThePassword() {
            String id = register("rev@example.test", Map.of());
            as(admin).body(Map.of("lastName", "Murray", "password", "Changed-Password-7"))
                     .patch("/api/v1/users/" + id)
                     .then().statusCode(200).body("data.lastName", equalTo("Murray"))
                     .body("data.firstName", equalTo("Grace"));
            anonymous().body(Map.of("email", "rev@example.test", "password", PASSWORD))
                       .post("/api/v1/auth/login").then().statusCode(401);
            login("rev@example.test", "Changed-Password-7");
        }

        @Test
        void theEmailIsUniquePerOrganizationWithoutHintsAboutOthers() {
            register("same@example.test", Map.of());
            as(admin).body(Map.of("email", "SAME@example.test", "firstName", "A", "lastName", "B"))
                     .post("/api/v1/users").then().statusCode(409).body("code", equalTo("DUPLICATE"));
            Member elsewhere = tenants.newTenant().admin();
            as(elsewhere).body(Map.of("email", "same@example.test", "firstName", "A", "lastName", "B"))
                         .post("/api/v1/users").then().statusCode(201);
        }

        @Test
        void refusesInvalidInput() {
            as(admin).body(Map.of("email", "not-an-email", "firstName", "", "password", "short"))
                     .post("/api/v1/users")
                     .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                     .body("errors.field", hasItems("email", "firstName", "lastName", "password"));
            as(admin).body(Map.of("email", "sys@example.test", "firstName", "S", "lastName", "Y", "userType", "SYSTEM"))
                     .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("userType"));
            as(admin).body(Map.of("email", "own@example.test", "firstName", "O", "lastName", "W", "userType", "OWNER"))
                     .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("ownerId"));
            as(admin).body(Map.of("email", "r@example.test", "firstName", "R", "lastName", "R",
                                  "roleIds", List.of(UUID.randomUUID().toString())))
                     .post("/api/v1/users").then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
            as(admin).body(Map.of("email", "o@example.test", "firstName", "O", "lastName", "W", "userType", "OWNER",
                                  "ownerId", UUID.randomUUID().toString()))
                     .post("/api/v1/users").then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
            Map<String, Object> nullStatus = new HashMap<>();
            nullStatus.put("status", null);
            as(admin).body(nullStatus).patch("/api/v1/users/" + admin.userId()).then().statusCode(400);
        }

        @Test
        void anOwnerPortalUserIsTiedToAnOwnerOfTheOrganization() {
            String ownerId = as(admin).body(Map.of("displayName", "Olivia Owner"))
                                      .post("/api/v1/owners").then().statusCode(201).extract().path("data.id");
            String id = register("olivia@example.test", Map.of("userType", "OWNER", "ownerId", ownerId,
                                                                "roleIds", List.of(roleId("owner"))));
            as(admin).get("/api/v1/users/" + id).then().body("data.ownerId", equalTo(ownerId))
                     .body("data.userType", equalTo("OWNER"));
            String foreignOwner = as(tenants.newTenant().admin()).body(Map.of("displayName", "Not yours"))
                                                                 .post("/api/v1/owners").then().statusCode(201)
                                                                 .extract().path("data.id");
            as(admin).body(Map.of("ownerId", foreignOwner)).patch("/api/v1/users/" + id)
                     .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
        }
    }

    @Nested
    class Protection {

        @Test
        void aDeactivatedUserLosesAccessAtTheNextRequestDespiteAValidToken() {
            register("leaver@example.test", Map.of("roleIds", List.of(roleId("operations"))));
            String token = login("leaver@example.test", PASSWORD);
            anonymous().auth().oauth2(token).get("/api/v1/cases").then().statusCode(200);
            String id = as(admin).queryParam("search", "leaver").get("/api/v1/users").then()
                                 .extract().path("data[0].id");

            as(admin).body(Map.of("status", "INACTIVE")).patch("/api/v1/users/" + id)
                     .then().statusCode(200).body("data.status", equalTo("INACTIVE"));

            anonymous().auth().oauth2(token).get("/api/v1/cases")
                       .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
            anonymous().body(Map.of("email", "leaver@example.test", "password", PASSWORD))
                       .post("/api/v1/auth/login").then().statusCode(403).body("code", equalTo("USER_NOT_ACTIVE"));
        }

        @Test
        void aRevokedRoleStopsWorkingAtTheNextRequest() {
            String id = register("revoked@example.test", Map.of("roleIds", List.of(roleId("operations"))));
            String token = login("revoked@example.test", PASSWORD);
            anonymous().auth().oauth2(token).get("/api/v1/cases").then().statusCode(200);
            as(admin).body(Map.of("roleIds", List.of())).put("/api/v1/users/" + id + "/roles")
                     .then().statusCode(200).body("data.roleIds.size()", equalTo(0));
            anonymous().auth().oauth2(token).get("/api/v1/cases").then().statusCode(403);
        }

        @Test
        void theOrganizationAlwaysKeepsAnActiveAdministrator() {
            as(admin).body(Map.of("roleIds", List.of(roleId("operations"))))
                     .put("/api/v1/users/" + admin.userId() + "/roles")
                     .then().statusCode(409).body("code", equalTo("LAST_ADMINISTRATOR"));
            as(admin).body(Map.of("status", "SUSPENDED")).patch("/api/v1/users/" + admin.userId())
                     .then().statusCode(409).body("code", equalTo("LAST_ADMINISTRATOR"));

            String second = register("second-admin@example.test", Map.of("roleIds", List.of(roleId("admin"))));
            as(admin).body(Map.of("roleIds", List.of(roleId("operations"))))
                     .put("/api/v1/users/" + admin.userId() + "/roles").then().statusCode(200);
            as(admin).get("/api/v1/users").then().statusCode(403);
            as(tenants.member(tenant, "admin")).body(Map.of("status", "INACTIVE"))
                                               .patch("/api/v1/users/" + second).then().statusCode(200);
        }

        @Test
        void repeatedWrongPasswordsThrottleTheAccount() {
            register("target@example.test", Map.of());
            for (int attempt = 0; attempt < 5; attempt++) {
                anonymous().body(Map.of("email", "target@example.test", "password", "wrong-password-" + attempt))
                           .post("/api/v1/auth/login").then().statusCode(401);
            }
            anonymous().body(Map.of("email", "target@example.test", "password", PASSWORD))
                       .post("/api/v1/auth/login")
                       .then().statusCode(429).contentType("application/problem+json")
                       .body("code", equalTo("TOO_MANY_ATTEMPTS"));
            login(admin.email(), tenants.PASSWORD);
        }

        @Test
        void userWriteAloneNeitherGrantsRolesNorTakesOverStrongerAccounts() {
            as(admin).body(Map.of("roleName", "hr", "permissions", List.of("user.read", "user.write")))
                     .post("/api/v1/roles").then().statusCode(201);
            String hrId = register("hr@example.test", Map.of("roleIds", List.of(roleId("hr"))));
            String hrToken = login("hr@example.test", PASSWORD);
            anonymous().auth().oauth2(hrToken)
                       .body(Map.of("email", "sneaky@example.test", "firstName", "S", "lastName", "N",
                                    "roleIds", List.of(roleId("admin"))))
                       .post("/api/v1/users").then().statusCode(403)
                       .body("details.requiredPermissions", hasItem("role.write"));
            anonymous().auth().oauth2(hrToken).body(Map.of("password", "Taken-Over-Password-1"))
                       .patch("/api/v1/users/" + admin.userId()).then().statusCode(403)
                       .body("details.requiredPermissions", hasItem("role.write"));
            String plain = register("plain@example.test", Map.of());
            anonymous().auth().oauth2(hrToken).body(Map.of("lastName", "Fine"))
                       .patch("/api/v1/users/" + plain).then().statusCode(200);
            anonymous().auth().oauth2(hrToken).body(Map.of("lastName", "Self"))
                       .patch("/api/v1/users/" + hrId).then().statusCode(200);
        }

        @Test
        void aThrottledUnknownAddressLooksLikeAThrottledAccount() {
            for (int attempt = 0; attempt < 5; attempt++) {
                anonymous().body(Map.of("email", "ghost-" + tenant.slug() + "@example.test", "password", "wrong-pass"))
                           .post("/api/v1/auth/login").then().statusCode(401);
            }
            anonymous().body(Map.of("email", "ghost-" + tenant.slug() + "@example.test", "password", "wrong-pass"))
                       .post("/api/v1/auth/login")
                       .then().statusCode(429).body("code", equalTo("TOO_MANY_ATTEMPTS"))
                       .body("detail", equalTo("Too many failed sign-ins; try again later"));
        }

        @Test
        void twoAdministratorsDemotingEachOtherAtOnceLeaveOneInPlace() throws Exception {
            Member second = tenants.member(tenant, "admin");
            List<String> operations = List.of(roleId("operations"));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            Future<Integer> first = threads.submit(() -> {
                start.await();
                return as(admin).body(Map.of("roleIds", operations)).put("/api/v1/users/" + second.userId() + "/roles")
                                .then().extract().statusCode();
            });
            Future<Integer> other = threads.submit(() -> {
                start.await();
                return as(second).body(Map.of("roleIds", operations)).put("/api/v1/users/" + admin.userId() + "/roles")
                                 .then().extract().statusCode();
            });
            start.countDown();
            List<Integer> answers = List.of(first.get(), other.get());
            threads.shutdown();
            // The loser is refused by the roster (409) or, if the winner committed first, already lacks
            // role.write (403); either way exactly one demotion happens and one administrator remains.
            assertThat(answers).containsOnlyOnce(200).containsAnyOf(409, 403);
            List<List<String>> roles = as(tenants.member(tenant, "admin")).get("/api/v1/users").then()
                                                                           .extract().path("data.roleIds");
            assertThat(roles.stream().filter(held -> held.contains(roleId("admin")))).hasSize(2);
        }

        @Test
        void ofTwentySimultaneousRegistrationsOfOneEmailExactlyOneWins() throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(20);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String email = i % 2 == 0 ? "race@example.test" : "RACE@Example.test";
                statuses.add(threads.submit(() -> {
                    start.await();
                    return as(admin).body(Map.of("email", email, "firstName", "R", "lastName", "C"))
                                    .post("/api/v1/users").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get());
            }
            threads.shutdown();
            assertThat(answers).filteredOn(status -> status == 201).hasSize(1);
            assertThat(answers).filteredOn(status -> status == 409).hasSize(19);
        }

        @Test
        void lookAlikeValuesAreTheSameValue() {
            register("cafe@example.test", Map.of());
            as(admin).body(Map.of("email", "ＣＡＦＥ@example.test", "firstName", "F", "lastName", "W"))
                     .post("/api/v1/users").then().statusCode(409).body("code", equalTo("DUPLICATE"));
            as(admin).body(Map.of("email", "cafe\u200b@example.test", "firstName", "Z", "lastName", "W"))
                     .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("email"));
            as(admin).body(Map.of("roleName", "ｄｉｓｐａｔｃｈ", "permissions", List.of())).post("/api/v1/roles")
                     .then().statusCode(201);
            as(admin).body(Map.of("roleName", "dispatch ", "permissions", List.of())).post("/api/v1/roles")
                     .then().statusCode(409);
        }

        @Test
        void everyRouteNeedsItsPermission() {
            String id = register("guarded@example.test", Map.of());
            Member operator = tenants.member(tenant, "operations");
            as(operator).get("/api/v1/users").then().statusCode(403);
            as(operator).get("/api/v1/users/" + id).then().statusCode(403);
            as(operator).get("/api/v1/users/" + id + "/roles").then().statusCode(403);
            as(operator).body(Map.of("email", "x@example.test", "firstName", "X", "lastName", "Y"))
                        .post("/api/v1/users").then().statusCode(403);
            as(operator).body(Map.of("firstName", "Z")).patch("/api/v1/users/" + id).then().statusCode(403);
            as(operator).body(Map.of("roleIds", List.of())).put("/api/v1/users/" + id + "/roles").then().statusCode(403);
        }

        @Test
        void anotherOrganizationsUsersAreNotFoundAndNotListed() {
            String id = register("mine@example.test", Map.of());
            Member outsider = tenants.newTenant().admin();
            as(outsider).get("/api/v1/users").then().body("data.id", not(hasItem(id))).body("meta.total", equalTo(1));
            as(outsider).get("/api/v1/users/" + id).then().statusCode(404);
            as(outsider).get("/api/v1/users/" + id + "/roles").then().statusCode(404);
            as(outsider).body(Map.of("firstName", "Stolen")).patch("/api/v1/users/" + id).then().statusCode(404);
            as(outsider).body(Map.of("roleIds", List.of())).put("/api/v1/users/" + id + "/roles").then().statusCode(404);
            as(admin).get("/api/v1/users/" + id).then().body("data.firstName", equalTo("Grace"));
        }
    }

    @Nested
    class Roles {

        @Test
        void createsRolesWithUniqueNamesFromTheCatalogue() {
            as(admin).body(Map.of("roleName", "dispatch", "description", "Dispatchers",
                                  "permissions", Set.of("case.read", "workorder.assign")))
                     .post("/api/v1/roles")
                     .then().statusCode(201).body("data.roleName", equalTo("dispatch"))
                     .body("data.permissions", hasItems("case.read", "workorder.assign"));
            as(admin).get("/api/v1/roles").then().body("data.roleName", hasItem("dispatch"))
                     .body("meta.total", equalTo(5));
            as(admin).body(Map.of("roleName", "DISPATCH", "permissions", Set.of())).post("/api/v1/roles")
                     .then().statusCode(409).body("code", equalTo("DUPLICATE"));
            as(admin).body(Map.of("roleName", "bogus", "permissions", Set.of("case.fly"))).post("/api/v1/roles")
                     .then().statusCode(400).body("errors[0].field", equalTo("permissions"));
            as(admin).body(Map.of("roleName", "root", "permissions", Set.of("platform.admin"))).post("/api/v1/roles")
                     .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
            as(admin).body(Map.of("roleName", "x")).post("/api/v1/roles").then().statusCode(400);
        }

        @Test
        void listsTheGrantablePermissions() {
            as(admin).get("/api/v1/permissions")
                     .then().statusCode(200).body("meta.total", equalTo(grantablePermissions()))
                     .body("data.key", hasItem("case.read"))
                     .body("data.key", not(hasItem("platform.admin")));
        }

        @Test
        void rolesNeedTheirPermissionsAndStayWithinTheOrganization() {
            Member operator = tenants.member(tenant, "operations");
            as(operator).get("/api/v1/roles").then().statusCode(403);
            as(operator).get("/api/v1/permissions").then().statusCode(403);
            as(operator).body(Map.of("roleName", "mine", "permissions", Set.of())).post("/api/v1/roles")
                        .then().statusCode(403);
            Member outsider = tenants.newTenant().admin();
            as(outsider).get("/api/v1/roles").then().body("data.id", not(hasItem(roleId("admin"))));
            as(admin).body(Map.of("roleIds", List.of(roleId("operations"))))
                     .put("/api/v1/users/" + outsider.userId() + "/roles").then().statusCode(404);
        }
    }
}
