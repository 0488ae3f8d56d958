package com.vivanta.ops.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseApiTest extends ApiTest {

    private Tenant tenant;
    private Member operator;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
    }

    private String open(Member member, Map<String, Object> body) {
        return as(member).body(body).post("/api/v1/cases")
                         .then().statusCode(201)
                         .extract().path("data.id");
    }

    private String open(String title) {
        return open(operator, Map.of("caseType", "maintenance", "title", title));
    }

    private ValidatableResponse changeStatus(String caseId, String status) {
        return as(operator).body(Map.of("status", status)).post("/api/v1/cases/" + caseId + "/change-status").then();
    }

    @Nested
    class Opening {

        @Test
        void opensACaseAndAnswersWithTheProjectedView() {
            Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            as(operator).header("X-Correlation-Id", "corr-open-1")
                        .body(Map.of("caseType", "maintenance", "title", "Leaking tap in 3B",
                                     "description", "Kitchen tap drips", "priority", "high",
                                     "dueAt", due.toString(), "assignedUserId", operator.userId().toString()))
                        .post("/api/v1/cases")
                        .then().statusCode(201)
                        .header("Location", startsWith("/api/v1/cases/"))
                        .header("X-Correlation-Id", "corr-open-1")
                        .body("data.status", equalTo("OPEN"))
                        .body("data.priority", equalTo("HIGH"))
                        .body("data.title", equalTo("Leaking tap in 3B"))
                        .body("data.dueAt", equalTo(due.toString()))
                        .body("data.assignedUserId", equalTo(operator.userId().toString()))
                        .body("data.organizationId", equalTo(tenant.organizationId().toString()))
                        .body("data.createdBy", equalTo(operator.userId().toString()))
                        .body("data.closedAt", nullValue())
                        .body("data.version", equalTo(0))
                        .body("meta.requestId", notNullValue());
        }

        @Test
        void refusesAStatusOnCreationBecauseACaseAlwaysOpensAsOpen() {
            as(operator).body(Map.of("caseType", "maintenance", "title", "Closed already", "status", "CLOSED"))
                        .post("/api/v1/cases")
                        .then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("code", equalTo("UNKNOWN_PROPERTY"))
                        .body("errors[0].field", equalTo("status"));
        }

        @Test
        void reportsEveryInvalidFieldAtOnce() {
            as(operator).body(Map.of("caseType", "m", "description", "x".repeat(5001)))
                        .post("/api/v1/cases")
                        .then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors.field", hasItems("caseType", "title", "description"))
                        .body("requestId", notNullValue());
        }

        @Test
        void answersMalformedJsonAndWrongTypesWith400() {
            as(operator).body("{\"caseType\": \"maintenance\", ").post("/api/v1/cases")
                        .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
            as(operator).body(Map.of("caseType", "maintenance", "title", "Bad priority", "priority", "SOON"))
                        .post("/api/v1/cases")
                        .then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                        .body("errors[0].field", equalTo("priority"));
            as(operator).body(Map.of("caseType", "maintenance", "title", "Bad date", "dueAt", "tomorrow"))
                        .post("/api/v1/cases")
                        .then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                        .body("errors[0].field", equalTo("dueAt"));
            as(operator).body(Map.of("caseType", "maintenance", "title", "Bad id", "propertyId", "42"))
                        .post("/api/v1/cases")
                        .then().statusCode(400).body("errors[0].field", equalTo("propertyId"));
        }

        @Test
        void refusesTextAndTimesTheDatabaseCouldNotStore() {
            as(operator).body(Map.of("caseType", "maintenance", "title", "nul\u0000byte"))
                        .post("/api/v1/cases")
                        .then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                        .body("errors[0].field", equalTo("title"))
                        .body("errors[0].message", equalTo("must not contain NUL characters"));
            as(operator).body(Map.of("caseType", "maintenance", "title", "Far future",
                                     "dueAt", "+1000000000-12-31T23:59:59Z"))
                        .post("/api/v1/cases")
                        .then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                        .body("errors[0].field", equalTo("dueAt"));
            as(operator).queryParam("createdFrom", "+1000000000-12-31T23:59:59Z").get("/api/v1/cases")
                        .then().statusCode(400).body("errors[0].field", equalTo("createdFrom"));
        }

        @Test
        void answersJsonOfTheWrongShapeWith400() {
            as(operator).body("[]").post("/api/v1/cases")
                        .then().statusCode(400).body("code", equalTo("MALFORMED_BODY"));
            as(operator).body("\"just a string\"").post("/api/v1/cases")
                        .then().statusCode(400).body("code", equalTo("MALFORMED_BODY"));
            as(operator).body("null").post("/api/v1/cases")
                        .then().statusCode(400).body("requestId", notNullValue());
        }

        @Test
        void refusesAnAssigneeFromAnotherOrganization() {
            Tenant other = tenants.newTenant();
            as(operator).body(Map.of("caseType", "maintenance", "title", "Assigned abroad",
                                     "assignedUserId", other.admin().userId().toString()))
                        .post("/api/v1/cases")
                        .then().statusCode(400)
                        .body("code", equalTo("INVALID_REFERENCE"))
                        .body("errors[0].field", equalTo("assignedUserId"));
        }

        @Test
        void needsCaseWritePermission() {
            Member owner = tenants.member(tenant, "owner");
            as(owner).body(Map.of("caseType", "maintenance", "title", "Not allowed"))
                     .post("/api/v1/cases")
                     .then().statusCode(403)
                     .contentType("application/problem+json")
                     .body("code", equalTo("FORBIDDEN"))
                     .body("details.requiredPermissions", hasItem("case.write"));
        }
    }

    @Nested
    class ReadYourWrites {

        @Test
        void aCaseIsVisibleImmediatelyAfterItsCreationEveryTime() {
            for (int attempt = 0; attempt < 100; attempt++) {
                String caseId = open("Read-your-writes " + attempt);
                as(operator).get("/api/v1/cases/" + caseId)
                            .then().statusCode(200)
                            .body("data.title", equalTo("Read-your-writes " + attempt));
            }
            as(operator).queryParam("limit", 100).get("/api/v1/cases")
                        .then().statusCode(200)
                        .body("meta.total", equalTo(100));
        }

        @Test
        void aStatusChangeIsVisibleImmediately() {
            String caseId = open("Visible change");
            changeStatus(caseId, "IN_PROGRESS").statusCode(200).body("data.status", equalTo("IN_PROGRESS"));
            as(operator).get("/api/v1/cases/" + caseId).then().body("data.status", equalTo("IN_PROGRESS"))
                        .body("data.version", equalTo(1));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void walksToClosedAndSetsTheClosingTimeOnlyThere() {
            String caseId = open("Full lifecycle");
            changeStatus(caseId, "IN_PROGRESS").statusCode(200).body("data.closedAt", nullValue());
            changeStatus(caseId, "RESOLVED").statusCode(200).body("data.closedAt", nullValue());
            String closedAt = changeStatus(caseId, "CLOSED").statusCode(200)
                                                            .body("data.status", equalTo("CLOSED"))
                                                            .extract().path("data.closedAt");
            assertThat(closedAt).isNotNull();
        }

        @Test
        void refusesAnInvalidTransitionWith409() {
            String caseId = open("Jumping ahead");
            changeStatus(caseId, "RESOLVED").statusCode(409)
                                            .contentType("application/problem+json")
                                            .body("code", equalTo("INVALID_TRANSITION"))
                                            .body("details.from", equalTo("OPEN"))
                                            .body("details.to", equalTo("RESOLVED"))
                                            .body("details.allowed", hasItems("IN_PROGRESS", "WAITING", "CANCELLED"));
        }

        @Test
        void refusesTheSameStatusTwice() {
            String caseId = open("Twice in progress");
            changeStatus(caseId, "IN_PROGRESS").statusCode(200);
            changeStatus(caseId, "IN_PROGRESS").statusCode(409)
                                               .body("code", equalTo("INVALID_TRANSITION"))
                                               .body("details.from", equalTo("IN_PROGRESS"))
                                               .body("details.to", equalTo("IN_PROGRESS"));
        }

        @Test
        void theClosingTimeOfACancelledCaseNeverChangesAgain() {
            String caseId = open("Cancelled once");
            String cancelledAt = changeStatus(caseId, "CANCELLED").statusCode(200)
                                                                  .body("data.closedAt", notNullValue())
                                                                  .extract().path("data.closedAt");
            changeStatus(caseId, "CANCELLED").statusCode(409);
            changeStatus(caseId, "OPEN").statusCode(409);
            as(operator).get("/api/v1/cases/" + caseId).then().body("data.closedAt", equalTo(cancelledAt))
                        .body("data.version", equalTo(1));
        }

        @Test
        void setsTheOwnerVisibleStatusWithTheChange() {
            String caseId = open("Owner informed");
            as(operator).body(Map.of("status", "WAITING", "ownerVisibleStatus", "Waiting for the tenant",
                                     "note", "Tenant away until Friday"))
                        .post("/api/v1/cases/" + caseId + "/change-status")
                        .then().statusCode(200)
                        .body("data.status", equalTo("WAITING"))
                        .body("data.ownerVisibleStatus", equalTo("Waiting for the tenant"));
        }

        @Test
        void refusesAMissingStatus() {
            String caseId = open("No status");
            as(operator).body(Map.of("note", "no status given"))
                        .post("/api/v1/cases/" + caseId + "/change-status")
                        .then().statusCode(400)
                        .body("errors[0].field", equalTo("status"));
        }
    }

    @Nested
    class Revising {

        @Test
        void changesWhatIsGivenClearsExplicitNullsAndKeepsTheRest() {
            String caseId = open(operator, Map.of("caseType", "maintenance", "title", "Old title",
                                                  "description", "Old description", "ownerVisibleStatus", "Seen"));
            Map<String, Object> patch = new HashMap<>();
            patch.put("title", "New title");
            patch.put("description", null);
            patch.put("priority", "URGENT");
            patch.put("caseType", "plumbing");
            as(operator).body(patch).patch("/api/v1/cases/" + caseId)
                        .then().statusCode(200)
                        .body("data.title", equalTo("New title"))
                        .body("data.caseType", equalTo("plumbing"))
                        .body("data.description", nullValue())
                        .body("data.priority", equalTo("URGENT"))
                        .body("data.ownerVisibleStatus", equalTo("Seen"));
        }

        @Test
        void refusesNullForRequiredFields() {
            String caseId = open("Keep my title");
            Map<String, Object> patch = new HashMap<>();
            patch.put("title", null);
            as(operator).body(patch).patch("/api/v1/cases/" + caseId)
                        .then().statusCode(400)
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors[0].field", startsWith("title"));
            as(operator).get("/api/v1/cases/" + caseId).then().body("data.title", equalTo("Keep my title"));
        }

        @Test
        void refusesChangesToAClosedCase() {
            String caseId = open("Done with");
            changeStatus(caseId, "CANCELLED").statusCode(200);
            as(operator).body(Map.of("title", "Too late")).patch("/api/v1/cases/" + caseId)
                        .then().statusCode(409).body("code", equalTo("CASE_CLOSED"));
        }
    }

    @Nested
    class Assigning {

        @Test
        void assignsAndUnassigns() {
            String caseId = open("Who takes it");
            as(operator).body(Map.of("assignedUserId", tenant.admin().userId().toString()))
                        .post("/api/v1/cases/" + caseId + "/assign")
                        .then().statusCode(200)
                        .body("data.assignedUserId", equalTo(tenant.admin().userId().toString()));
            Map<String, Object> unassign = new HashMap<>();
            unassign.put("assignedUserId", null);
            as(operator).body(unassign).post("/api/v1/cases/" + caseId + "/assign")
                        .then().statusCode(200)
                        .body("data.assignedUserId", nullValue());
        }

        @Test
        void needsTheKeyAndAUserOfTheOrganization() {
            String caseId = open("Assign properly");
            as(operator).body(Map.of()).post("/api/v1/cases/" + caseId + "/assign")
                        .then().statusCode(400).body("errors[0].field", equalTo("assignedUserId"));
            as(operator).body(Map.of("assignedUserId", tenants.newTenant().admin().userId().toString()))
                        .post("/api/v1/cases/" + caseId + "/assign")
                        .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
        }

        @Test
        void needsCaseAssignPermission() {
            String caseId = open("Finance may not assign");
            as(tenants.member(tenant, "finance")).body(Map.of("assignedUserId", operator.userId().toString()))
                                                 .post("/api/v1/cases/" + caseId + "/assign")
                                                 .then().statusCode(403);
        }
    }

    @Nested
    class Tenancy {

        @Test
        void anotherOrganizationsCaseIsNotFoundAndNeverListed() {
            String caseId = open("Tenant A only");
            Tenant other = tenants.newTenant();
            Member outsider = other.admin();

            as(outsider).get("/api/v1/cases/" + caseId)
                        .then().statusCode(404)
                        .contentType("application/problem+json")
                        .body("code", equalTo("NOT_FOUND"));
            as(outsider).body(Map.of("title", "Hijacked")).patch("/api/v1/cases/" + caseId)
                        .then().statusCode(404);
            as(outsider).body(Map.of("status", "CANCELLED")).post("/api/v1/cases/" + caseId + "/change-status")
                        .then().statusCode(404);
            as(outsider).body(Map.of("assignedUserId", outsider.userId().toString()))
                        .post("/api/v1/cases/" + caseId + "/assign")
                        .then().statusCode(404);
            as(outsider).get("/api/v1/cases").then().statusCode(200)
                        .body("data.id", not(hasItem(caseId)))
                        .body("meta.total", equalTo(0));
            as(operator).body(Map.of("status", "WAITING")).post("/api/v1/cases/" + caseId + "/change-status")
                        .then().statusCode(200);
            as(outsider).get("/api/v1/cases/queues/waiting").then().body("data.id", not(hasItem(caseId)))
                        .body("meta.total", equalTo(0));
            as(outsider).get("/api/v1/cases/queues/open").then().body("meta.total", equalTo(0));
            as(outsider).get("/api/v1/cases/queues/escalated").then().body("meta.total", equalTo(0));

            as(operator).get("/api/v1/cases/" + caseId).then().statusCode(200).body("data.title", equalTo("Tenant A only"));
        }

        @Test
        void anotherOrganizationsCaseLooksExactlyLikeAMissingOne() {
            String caseId = open("Tenant A secret");
            Member outsider = tenants.newTenant().admin();
            for (String path : List.of("/change-status", "")) {
                Map<String, Object> foreign = problemOf(outsider, caseId, path);
                Map<String, Object> missing = problemOf(outsider, UUID.randomUUID().toString(), path);
                assertThat(foreign).isEqualTo(missing);
            }
        }

        private Map<String, Object> problemOf(Member member, String caseId, String action) {
            var request = as(member).body(Map.of("status", "CANCELLED"));
            var response = action.isEmpty() ? request.get("/api/v1/cases/" + caseId)
                                            : request.post("/api/v1/cases/" + caseId + action);
            Map<String, Object> body = new HashMap<>(response.then().statusCode(404).extract().jsonPath().getMap(""));
            body.remove("requestId");
            body.remove("instance");
            return body;
        }

        @Test
        void anUnknownCaseIsNotFound() {
            as(operator).get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(404);
            as(operator).body(Map.of("status", "IN_PROGRESS"))
                        .post("/api/v1/cases/" + UUID.randomUUID() + "/change-status")
                        .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        }

        @Test
        void aMalformedIdIs400() {
            as(operator).get("/api/v1/cases/not-a-uuid")
                        .then().statusCode(400)
                        .body("code", equalTo("INVALID_PARAMETER"))
                        .body("errors[0].field", equalTo("caseId"));
            as(operator).get("/api/v1/cases/%20").then().statusCode(400).body("requestId", notNullValue());
            as(operator).body(Map.of("status", "OPEN")).post("/api/v1/cases/123/change-status")
                        .then().statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
        }

        @Test
        void everyCaseEndpointNeedsItsPermission() {
            String caseId = open("Guarded");
            Member owner = tenants.member(tenant, "owner");
            Map<String, Object> status = Map.of("status", "IN_PROGRESS");
            as(owner).get("/api/v1/cases").then().statusCode(403);
            as(owner).get("/api/v1/cases/" + caseId).then().statusCode(403);
            as(owner).get("/api/v1/cases/queues/open").then().statusCode(403);
            as(owner).get("/api/v1/cases/queues/escalated").then().statusCode(403);
            as(owner).get("/api/v1/cases/queues/waiting").then().statusCode(403);
            as(owner).body(Map.of("title", "Renamed")).patch("/api/v1/cases/" + caseId).then().statusCode(403);
            as(owner).body(status).post("/api/v1/cases/" + caseId + "/change-status").then().statusCode(403);
            as(owner).body(Map.of("assignedUserId", owner.userId().toString()))
                     .post("/api/v1/cases/" + caseId + "/assign").then().statusCode(403);
            as(operator).get("/api/v1/cases/" + caseId).then().body("data.version", equalTo(0));
        }

        @Test
        void readingNeedsCaseReadPermission() {
            as(tenants.member(tenant, "finance")).get("/api/v1/cases")
                                                 .then().statusCode(403)
                                                 .body("details.requiredPermissions", hasItem("case.read"));
        }
    }

    @Nested
    class Lists {

        @Test
        void filtersSearchesAndPages() {
            String tap = open(operator, Map.of("caseType", "maintenance", "title", "Dripping tap", "priority", "LOW"));
            String roof = open(operator, Map.of("caseType", "maintenance", "title", "Roof leak", "priority", "URGENT"));
            String noise = open(operator, Map.of("caseType", "complaint", "title", "Noise at night",
                                                 "description", "The tap upstairs hammers"));
            changeStatus(noise, "WAITING").statusCode(200);

            as(operator).queryParam("search", "TAP").get("/api/v1/cases")
                        .then().statusCode(200)
                        .body("data.id", hasItems(tap, noise))
                        .body("data.id", not(hasItem(roof)));
            as(operator).queryParam("priority", "urgent").get("/api/v1/cases")
                        .then().body("data.id", equalTo(List.of(roof)));
            as(operator).queryParam("status", "WAITING").get("/api/v1/cases")
                        .then().body("data.id", equalTo(List.of(noise)));
            as(operator).queryParam("limit", 2).queryParam("offset", 1).get("/api/v1/cases")
                        .then().body("data.size()", equalTo(2))
                        .body("meta.total", equalTo(3))
                        .body("meta.limit", equalTo(2))
                        .body("meta.offset", equalTo(1))
                        // Most recently changed first: the noise case changed last.
                        .body("data.id", equalTo(List.of(roof, tap)));
        }

        @Test
        void servesTheQueues() {
            String fresh = open("Fresh");
            String urgent = open(operator, Map.of("caseType", "maintenance", "title", "Flooding", "priority", "URGENT"));
            String overdue = open(operator, Map.of("caseType", "maintenance", "title", "Overdue",
                                                   "dueAt", Instant.now().minus(1, ChronoUnit.DAYS).toString()));
            String waiting = open("Waiting");
            changeStatus(waiting, "WAITING").statusCode(200);
            String cancelledUrgent = open(operator, Map.of("caseType", "maintenance", "title", "Cancelled urgent",
                                                           "priority", "URGENT"));
            changeStatus(cancelledUrgent, "CANCELLED").statusCode(200);

            as(operator).get("/api/v1/cases/queues/open")
                        .then().statusCode(200)
                        .body("data.id", hasItems(fresh, urgent, overdue))
                        .body("data.id", not(hasItem(waiting)))
                        // The most pressing first.
                        .body("data[0].id", equalTo(urgent));
            as(operator).get("/api/v1/cases/queues/escalated")
                        .then().body("data.id", hasItems(urgent, overdue))
                        .body("data.id", not(hasItem(fresh)))
                        .body("data.id", not(hasItem(cancelledUrgent)));
            as(operator).get("/api/v1/cases/queues/waiting")
                        .then().body("data.id", equalTo(List.of(waiting)));
        }

        @Test
        void refusesAnInvalidWindowOrFilter() {
            as(operator).queryParam("limit", 0).get("/api/v1/cases")
                        .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            as(operator).queryParam("limit", "many").get("/api/v1/cases")
                        .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            as(operator).queryParam("status", "DONE").get("/api/v1/cases")
                        .then().statusCode(400).body("errors[0].field", equalTo("status"));
            as(operator).queryParam("createdFrom", "yesterday").get("/api/v1/cases")
                        .then().statusCode(400).body("errors[0].field", equalTo("createdFrom"));
            for (String queue : List.of("open", "escalated", "waiting")) {
                as(operator).queryParam("limit", 101).get("/api/v1/cases/queues/" + queue)
                            .then().statusCode(400).body("errors[0].field", equalTo("limit"));
                as(operator).queryParam("offset", -1).get("/api/v1/cases/queues/" + queue)
                            .then().statusCode(400).body("errors[0].field", equalTo("offset"));
            }
        }
    }
}
