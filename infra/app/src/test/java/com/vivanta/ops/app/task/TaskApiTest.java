package com.vivanta.ops.app.task;

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

class TaskApiTest extends ApiTest {

    private Tenant tenant;
    private Member operator;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
    }

    private String create(Member member, Map<String, Object> body) {
        return as(member).body(body).post("/api/v1/tasks")
                         .then().statusCode(201)
                         .extract().path("data.id");
    }

    private String create(String title) {
        return create(operator, Map.of("taskType", "follow_up", "title", title));
    }

    private ValidatableResponse changeStatus(String taskId, String status) {
        return as(operator).body(Map.of("status", status)).post("/api/v1/tasks/" + taskId + "/change-status").then();
    }

    private String openCase(Member member, String title) {
        return as(member).body(Map.of("caseType", "maintenance", "title", title))
                         .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
    }

    private String registerProperty(Member member, String code) {
        return as(member).body(Map.of("propertyCode", code, "name", "Property " + code,
                                      "propertyType", "RESIDENTIAL"))
                         .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
    }

    /** A member holding task.read and task.write but not task.assign (no default role is like that). */
    private Member clerk() {
        as(tenant.admin()).body(Map.of("roleName", "task-clerk", "description", "Tasks without assigning",
                                       "permissions", List.of("task.read", "task.write")))
                          .post("/api/v1/roles").then().statusCode(201);
        return tenants.member(tenant, "task-clerk");
    }

    @Nested
    class Creating {

        @Test
        void createsAnOpenTaskAndAnswersWithTheProjectedView() {
            Instant due = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            String caseId = openCase(operator, "Leak in 3B");
            as(operator).header("X-Correlation-Id", "corr-task-1")
                        .body(Map.of("taskType", "follow_up", "title", "Call the tenant of 3B",
                                     "description", "Ask when the plumber can come in", "priority", "high",
                                     "dueAt", due.toString(), "assignedUserId", operator.userId().toString(),
                                     "relatedEntityType", "case", "relatedEntityId", caseId))
                        .post("/api/v1/tasks")
                        .then().statusCode(201)
                        .header("Location", startsWith("/api/v1/tasks/"))
                        .header("X-Correlation-Id", "corr-task-1")
                        .body("data.status", equalTo("OPEN"))
                        .body("data.taskType", equalTo("follow_up"))
                        .body("data.priority", equalTo("HIGH"))
                        .body("data.title", equalTo("Call the tenant of 3B"))
                        .body("data.dueAt", equalTo(due.toString()))
                        .body("data.assignedUserId", equalTo(operator.userId().toString()))
                        .body("data.relatedEntityType", equalTo("CASE"))
                        .body("data.relatedEntityId", equalTo(caseId))
                        .body("data.organizationId", equalTo(tenant.organizationId().toString()))
                        .body("data.createdBy", equalTo(operator.userId().toString()))
                        .body("data.completedAt", nullValue())
                        .body("data.version", equalTo(0))
                        .body("meta.requestId", notNullValue());
        }

        @Test
        void defaultsToNormalPriorityAndNeedsNoAssigneeOrRelation() {
            String taskId = create("Order spare keys");
            as(operator).get("/api/v1/tasks/" + taskId)
                        .then().statusCode(200)
                        .body("data.priority", equalTo("NORMAL"))
                        .body("data.assignedUserId", nullValue())
                        .body("data.relatedEntityType", nullValue())
                        .body("data.relatedEntityId", nullValue());
        }

        @Test
        void refusesAStatusOnCreationBecauseATaskAlwaysStartsOpen() {
            as(operator).body(Map.of("taskType", "follow_up", "title", "Done already", "status", "DONE"))
                        .post("/api/v1/tasks")
                        .then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("code", equalTo("UNKNOWN_PROPERTY"))
                        .body("errors[0].field", equalTo("status"));
        }

        @Test
        void reportsEveryInvalidFieldAtOnce() {
            as(operator).body(Map.of("taskType", "x", "description", "x".repeat(5001)))
                        .post("/api/v1/tasks")
                        .then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors.field", hasItems("taskType", "title", "description"));
        }

        @Test
        void answersValuesOfTheWrongTypeWith400() {
            as(operator).body(Map.of("taskType", "follow_up", "title", "Bad priority", "priority", "SOON"))
                        .post("/api/v1/tasks")
                        .then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                        .body("errors[0].field", equalTo("priority"));
            as(operator).body(Map.of("taskType", "follow_up", "title", "Bad date", "dueAt", "tomorrow"))
                        .post("/api/v1/tasks")
                        .then().statusCode(400).body("errors[0].field", equalTo("dueAt"));
            as(operator).body(Map.of("taskType", "follow_up", "title", "Bad kind", "relatedEntityType", "TENANT",
                                     "relatedEntityId", UUID.randomUUID().toString()))
                        .post("/api/v1/tasks")
                        .then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                        .body("errors[0].field", equalTo("relatedEntityType"));
            as(operator).body(Map.of("taskType", "follow_up", "title", "Bad id", "relatedEntityType", "CASE",
                                     "relatedEntityId", "42"))
                        .post("/api/v1/tasks")
                        .then().statusCode(400).body("errors[0].field", equalTo("relatedEntityId"));
        }

        @Test
        void theRelatedEntitysTypeAndIdGoTogether() {
            as(operator).body(Map.of("taskType", "follow_up", "title", "Half a relation", "relatedEntityType", "CASE"))
                        .post("/api/v1/tasks")
                        .then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                        .body("errors[0].field", equalTo("relatedEntityId"));
            as(operator).body(Map.of("taskType", "follow_up", "title", "Other half",
                                     "relatedEntityId", UUID.randomUUID().toString()))
                        .post("/api/v1/tasks")
                        .then().statusCode(400).body("errors[0].field", equalTo("relatedEntityType"));
        }

        /** Work orders are covered by {@code TaskWorkOrderRelationApiTest}. */
        @Test
        void relatesToACaseOrAPropertyOfTheOrganization() {
            String propertyId = registerProperty(operator, "TK-1");
            as(operator).body(Map.of("taskType", "inspection", "title", "Check the roof",
                                     "relatedEntityType", "PROPERTY", "relatedEntityId", propertyId))
                        .post("/api/v1/tasks")
                        .then().statusCode(201)
                        .body("data.relatedEntityType", equalTo("PROPERTY"))
                        .body("data.relatedEntityId", equalTo(propertyId));
            for (String type : List.of("CASE", "PROPERTY")) {
                as(operator).body(Map.of("taskType", "follow_up", "title", "Nothing there", "relatedEntityType", type,
                                         "relatedEntityId", UUID.randomUUID().toString()))
                            .post("/api/v1/tasks")
                            .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"))
                            .body("errors[0].field", equalTo("relatedEntityId"));
            }
        }

        @Test
        void relatesToAnInvoiceOfTheOrganization() {
            String vendorId = as(operator).body(Map.of("name", "Acme")).post("/api/v1/vendors")
                                          .then().statusCode(201).extract().path("data.id");
            String propertyId = as(operator).body(Map.of("propertyCode", "INV", "name", "Invoiced Court",
                                                         "propertyType", "RESIDENTIAL"))
                                            .post("/api/v1/properties")
                                            .then().statusCode(201).extract().path("data.id");
            String invoiceId = as(operator).body(Map.of("vendorId", vendorId, "propertyId", propertyId,
                                                        "currencyCode", "USD"))
                                           .post("/api/v1/invoices").then().statusCode(201).extract().path("data.id");
            as(operator).body(Map.of("taskType", "invoice_review", "title", "Check the bill",
                                     "relatedEntityType", "INVOICE", "relatedEntityId", invoiceId))
                        .post("/api/v1/tasks")
                        .then().statusCode(201)
                        .body("data.relatedEntityId", equalTo(invoiceId));
            as(operator).body(Map.of("taskType", "invoice_review", "title", "Check the bill",
                                     "relatedEntityType", "INVOICE", "relatedEntityId", UUID.randomUUID().toString()))
                        .post("/api/v1/tasks")
                        .then().statusCode(400)
                        .body("code", equalTo("INVALID_REFERENCE"))
                        .body("errors[0].field", equalTo("relatedEntityId"));
        }

        @Test
        void creatingForSomeoneNeedsTaskAssign() {
            Member clerk = clerk();
            create(clerk, Map.of("taskType", "follow_up", "title", "For nobody yet"));
            as(clerk).body(Map.of("taskType", "follow_up", "title", "For the operator",
                                  "assignedUserId", operator.userId().toString()))
                     .post("/api/v1/tasks")
                     .then().statusCode(403)
                     .body("code", equalTo("FORBIDDEN"))
                     .body("details.requiredPermissions", equalTo(List.of("task.assign")));
            as(operator).get("/api/v1/tasks").then().body("meta.total", equalTo(1));
        }

        @Test
        void theAssigneeMustBeAnActiveUserOfTheOrganization() {
            String inactive = as(tenant.admin()).body(Map.of("email", "gone@" + tenant.slug() + ".test",
                                                             "firstName", "Gone", "lastName", "Away",
                                                             "status", "INACTIVE"))
                                                .post("/api/v1/users").then().statusCode(201)
                                                .extract().path("data.id");
            for (String assignee : List.of(inactive, tenants.newTenant().admin().userId().toString(),
                                           UUID.randomUUID().toString())) {
                as(operator).body(Map.of("taskType", "follow_up", "title", "Who?", "assignedUserId", assignee))
                            .post("/api/v1/tasks")
                            .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"))
                            .body("errors[0].field", equalTo("assignedUserId"));
            }
        }

        @Test
        void needsTaskWrite() {
            as(tenants.member(tenant, "finance")).body(Map.of("taskType", "follow_up", "title", "Not mine"))
                                                 .post("/api/v1/tasks")
                                                 .then().statusCode(403)
                                                 .body("details.requiredPermissions", hasItem("task.write"));
        }
    }

    @Nested
    class StatusChanges {

        @Test
        void completesThroughInProgressAndKeepsTheCompletionTime() {
            String taskId = create("Replace the filter");
            changeStatus(taskId, "IN_PROGRESS").statusCode(200)
                                               .body("data.status", equalTo("IN_PROGRESS"))
                                               .body("data.completedAt", nullValue());
            String completedAt = changeStatus(taskId, "DONE").statusCode(200)
                                                             .body("data.status", equalTo("DONE"))
                                                             .body("data.completedAt", notNullValue())
                                                             .extract().path("data.completedAt");
            changeStatus(taskId, "DONE").statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
            changeStatus(taskId, "OPEN").statusCode(409)
                                        .contentType("application/problem+json")
                                        .body("code", equalTo("INVALID_TRANSITION"))
                                        .body("details.from", equalTo("DONE"))
                                        .body("details.to", equalTo("OPEN"))
                                        .body("details.allowed", equalTo(List.of()));
            as(operator).get("/api/v1/tasks/" + taskId).then()
                        .body("data.completedAt", equalTo(completedAt))
                        .body("data.version", equalTo(2));
        }

        @Test
        void blocksUnblocksAndCancels() {
            String taskId = create("Waiting on parts");
            changeStatus(taskId, "BLOCKED").statusCode(200).body("data.status", equalTo("BLOCKED"));
            as(operator).body(Map.of("status", "OPEN", "note", "Parts arrived"))
                        .post("/api/v1/tasks/" + taskId + "/change-status")
                        .then().statusCode(200).body("data.status", equalTo("OPEN"));
            changeStatus(taskId, "CANCELLED").statusCode(200)
                                             .body("data.status", equalTo("CANCELLED"))
                                             .body("data.completedAt", nullValue());
            changeStatus(taskId, "IN_PROGRESS").statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
        }

        @Test
        void anOpenTaskCannotBeDoneWithoutBeingWorkedOn() {
            String taskId = create("Skip ahead");
            changeStatus(taskId, "DONE").statusCode(409)
                                        .body("details.allowed", equalTo(List.of("BLOCKED", "CANCELLED",
                                                                                 "IN_PROGRESS")));
            changeStatus(taskId, "OPEN").statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
        }

        @Test
        void refusesAMissingOrUnknownStatus() {
            String taskId = create("No status");
            as(operator).body(Map.of("note", "no status given"))
                        .post("/api/v1/tasks/" + taskId + "/change-status")
                        .then().statusCode(400)
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors[0].field", equalTo("status"));
            changeStatus(taskId, "FINISHED").statusCode(400)
                                            .body("code", equalTo("INVALID_VALUE"))
                                            .body("errors[0].field", equalTo("status"));
            as(operator).body(Map.of("status", "BLOCKED", "note", "x".repeat(301)))
                        .post("/api/v1/tasks/" + taskId + "/change-status")
                        .then().statusCode(400).body("errors[0].field", equalTo("note"));
        }
    }

    @Nested
    class Revising {

        @Test
        void changesWhatIsGivenClearsExplicitNullsAndKeepsTheRest() {
            String caseId = openCase(operator, "Boiler");
            String taskId = create(operator, Map.of("taskType", "follow_up", "title", "Old title",
                                                    "description", "Old description",
                                                    "relatedEntityType", "CASE", "relatedEntityId", caseId,
                                                    "dueAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
            Map<String, Object> patch = new HashMap<>();
            patch.put("title", "New title");
            patch.put("taskType", "document_review");
            patch.put("description", null);
            patch.put("priority", "URGENT");
            patch.put("dueAt", null);
            as(operator).body(patch).patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(200)
                        .body("data.title", equalTo("New title"))
                        .body("data.taskType", equalTo("document_review"))
                        .body("data.description", nullValue())
                        .body("data.priority", equalTo("URGENT"))
                        .body("data.dueAt", nullValue())
                        .body("data.relatedEntityId", equalTo(caseId));
        }

        @Test
        void movesTheTaskToAnotherEntityOrToNone() {
            String taskId = create(operator, Map.of("taskType", "follow_up", "title", "Wandering",
                                                    "relatedEntityType", "CASE",
                                                    "relatedEntityId", openCase(operator, "First")));
            String propertyId = registerProperty(operator, "TK-2");
            as(operator).body(Map.of("relatedEntityType", "PROPERTY", "relatedEntityId", propertyId))
                        .patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(200)
                        .body("data.relatedEntityType", equalTo("PROPERTY"))
                        .body("data.relatedEntityId", equalTo(propertyId));
            Map<String, Object> none = new HashMap<>();
            none.put("relatedEntityType", null);
            none.put("relatedEntityId", null);
            as(operator).body(none).patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(200)
                        .body("data.relatedEntityType", nullValue())
                        .body("data.relatedEntityId", nullValue());
        }

        @Test
        void refusesHalfARelationAnUnknownOneOrAnInvoice() {
            String taskId = create("Keep my relation");
            as(operator).body(Map.of("relatedEntityId", UUID.randomUUID().toString()))
                        .patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                        .body("errors[0].field", equalTo("relatedEntityType"));
            Map<String, Object> half = new HashMap<>();
            half.put("relatedEntityType", "CASE");
            half.put("relatedEntityId", null);
            as(operator).body(half).patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(400).body("errors[0].field", equalTo("relatedEntityId"));
            as(operator).body(Map.of("relatedEntityType", "CASE", "relatedEntityId", UUID.randomUUID().toString()))
                        .patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
            as(operator).body(Map.of("relatedEntityType", "INVOICE", "relatedEntityId", UUID.randomUUID().toString()))
                        .patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(400).body("errors[0].field", equalTo("relatedEntityId"));
            as(operator).get("/api/v1/tasks/" + taskId).then().body("data.version", equalTo(0));
        }

        @Test
        void refusesStatusAndNullForRequiredFields() {
            String taskId = create("Keep my title");
            as(operator).body(Map.of("status", "DONE")).patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(400).body("code", equalTo("UNKNOWN_PROPERTY"))
                        .body("errors[0].field", equalTo("status"));
            Map<String, Object> patch = new HashMap<>();
            patch.put("title", null);
            as(operator).body(patch).patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(400)
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors[0].field", startsWith("title"));
            as(operator).get("/api/v1/tasks/" + taskId).then().body("data.title", equalTo("Keep my title"));
        }

        @Test
        void refusesChangesToAFinishedTask() {
            String taskId = create("Done with");
            changeStatus(taskId, "CANCELLED").statusCode(200);
            as(operator).body(Map.of("title", "Too late")).patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(409).body("code", equalTo("TASK_CLOSED"));
        }
    }

    @Nested
    class Assigning {

        @Test
        void assignsReassignsAndUnassigns() {
            String taskId = create("Who takes it");
            as(operator).body(Map.of("assignedUserId", tenant.admin().userId().toString()))
                        .post("/api/v1/tasks/" + taskId + "/assign")
                        .then().statusCode(200)
                        .body("data.assignedUserId", equalTo(tenant.admin().userId().toString()));
            as(operator).body(Map.of("assignedUserId", operator.userId().toString()))
                        .post("/api/v1/tasks/" + taskId + "/assign")
                        .then().statusCode(200)
                        .body("data.assignedUserId", equalTo(operator.userId().toString()));
            Map<String, Object> unassign = new HashMap<>();
            unassign.put("assignedUserId", null);
            as(operator).body(unassign).post("/api/v1/tasks/" + taskId + "/assign")
                        .then().statusCode(200)
                        .body("data.assignedUserId", nullValue());
        }

        @Test
        void needsTheKeyAndAnActiveUserOfTheOrganization() {
            String taskId = create("Assign properly");
            as(operator).body(Map.of()).post("/api/v1/tasks/" + taskId + "/assign")
                        .then().statusCode(400).body("errors[0].field", equalTo("assignedUserId"));
            as(operator).body(Map.of("assignedUserId", "nobody")).post("/api/v1/tasks/" + taskId + "/assign")
                        .then().statusCode(400).body("errors[0].field", equalTo("assignedUserId"));
            as(operator).body(Map.of("assignedUserId", tenants.newTenant().admin().userId().toString()))
                        .post("/api/v1/tasks/" + taskId + "/assign")
                        .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"))
                        .body("errors[0].field", equalTo("assignedUserId"));
        }

        @Test
        void needsTaskAssignEvenWithTaskWrite() {
            Member clerk = clerk();
            String taskId = create(clerk, Map.of("taskType", "follow_up", "title", "Clerk's task"));
            as(clerk).body(Map.of("assignedUserId", clerk.userId().toString()))
                     .post("/api/v1/tasks/" + taskId + "/assign")
                     .then().statusCode(403)
                     .body("details.requiredPermissions", equalTo(List.of("task.assign")));
        }

        @Test
        void refusesToAssignAFinishedTask() {
            String taskId = create("Finished");
            changeStatus(taskId, "IN_PROGRESS").statusCode(200);
            changeStatus(taskId, "DONE").statusCode(200);
            as(operator).body(Map.of("assignedUserId", operator.userId().toString()))
                        .post("/api/v1/tasks/" + taskId + "/assign")
                        .then().statusCode(409).body("code", equalTo("TASK_CLOSED"));
        }
    }

    @Nested
    class Tenancy {

        @Test
        void anotherOrganizationsTaskIsNotFoundAndNeverListed() {
            String taskId = create(operator, Map.of("taskType", "invoice_review", "title", "Tenant A only",
                                                    "assignedUserId", operator.userId().toString()));
            Tenant other = tenants.newTenant();
            Member outsider = other.admin();

            as(outsider).get("/api/v1/tasks/" + taskId)
                        .then().statusCode(404)
                        .contentType("application/problem+json")
                        .body("code", equalTo("NOT_FOUND"));
            as(outsider).body(Map.of("title", "Hijacked")).patch("/api/v1/tasks/" + taskId)
                        .then().statusCode(404);
            as(outsider).body(Map.of("status", "CANCELLED")).post("/api/v1/tasks/" + taskId + "/change-status")
                        .then().statusCode(404);
            as(outsider).body(Map.of("assignedUserId", outsider.userId().toString()))
                        .post("/api/v1/tasks/" + taskId + "/assign")
                        .then().statusCode(404);
            as(outsider).get("/api/v1/tasks").then().statusCode(200)
                        .body("data.id", not(hasItem(taskId)))
                        .body("meta.total", equalTo(0));
            as(outsider).get("/api/v1/tasks/queues/review").then().body("meta.total", equalTo(0));
            as(outsider).get("/api/v1/tasks/queues/my-work").then().body("meta.total", equalTo(0));

            as(operator).get("/api/v1/tasks/" + taskId).then().statusCode(200)
                        .body("data.title", equalTo("Tenant A only"))
                        .body("data.version", equalTo(0));
        }

        @Test
        void anotherOrganizationsTaskLooksExactlyLikeAMissingOne() {
            String taskId = create("Tenant A secret");
            Member outsider = tenants.newTenant().admin();
            for (String path : List.of("/change-status", "")) {
                Map<String, Object> foreign = problemOf(outsider, taskId, path);
                Map<String, Object> missing = problemOf(outsider, UUID.randomUUID().toString(), path);
                assertThat(foreign).isEqualTo(missing);
            }
        }

        private Map<String, Object> problemOf(Member member, String taskId, String action) {
            var request = as(member).body(Map.of("status", "CANCELLED"));
            var response = action.isEmpty() ? request.get("/api/v1/tasks/" + taskId)
                                            : request.post("/api/v1/tasks/" + taskId + action);
            Map<String, Object> body = new HashMap<>(response.then().statusCode(404).extract().jsonPath().getMap(""));
            body.remove("requestId");
            body.remove("instance");
            return body;
        }

        @Test
        void anotherOrganizationsCaseOrPropertyIsNoRelation() {
            Member outsider = tenants.newTenant().admin();
            String foreignCase = openCase(outsider, "Theirs");
            String foreignProperty = registerProperty(outsider, "TK-X");
            String taskId = create("Mine");
            for (Map<String, Object> relation : List.of(
                    Map.<String, Object>of("relatedEntityType", "CASE", "relatedEntityId", foreignCase),
                    Map.<String, Object>of("relatedEntityType", "PROPERTY", "relatedEntityId", foreignProperty))) {
                Map<String, Object> body = new HashMap<>(relation);
                body.put("taskType", "follow_up");
                body.put("title", "Pointing elsewhere");
                as(operator).body(body).post("/api/v1/tasks")
                            .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"))
                            .body("errors[0].field", equalTo("relatedEntityId"));
                as(operator).body(relation).patch("/api/v1/tasks/" + taskId)
                            .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
            }
            as(operator).get("/api/v1/tasks").then().body("meta.total", equalTo(1));
        }

        @Test
        void anUnknownTaskIsNotFoundAndAMalformedIdIs400() {
            as(operator).get("/api/v1/tasks/" + UUID.randomUUID()).then().statusCode(404);
            as(operator).body(Map.of("status", "IN_PROGRESS"))
                        .post("/api/v1/tasks/" + UUID.randomUUID() + "/change-status")
                        .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            as(operator).get("/api/v1/tasks/not-a-uuid")
                        .then().statusCode(400)
                        .body("code", equalTo("INVALID_PARAMETER"))
                        .body("errors[0].field", equalTo("taskId"));
            as(operator).body(Map.of("status", "OPEN")).post("/api/v1/tasks/123/change-status")
                        .then().statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
        }

        @Test
        void everyTaskEndpointNeedsItsPermission() {
            String taskId = create("Guarded");
            Member owner = tenants.member(tenant, "owner");
            as(owner).get("/api/v1/tasks").then().statusCode(403);
            as(owner).get("/api/v1/tasks/" + taskId).then().statusCode(403);
            as(owner).get("/api/v1/tasks/queues/my-work").then().statusCode(403);
            as(owner).get("/api/v1/tasks/queues/review").then().statusCode(403);
            as(owner).body(Map.of("taskType", "follow_up", "title", "Mine")).post("/api/v1/tasks")
                     .then().statusCode(403);
            as(owner).body(Map.of("title", "Renamed")).patch("/api/v1/tasks/" + taskId).then().statusCode(403);
            as(owner).body(Map.of("status", "IN_PROGRESS")).post("/api/v1/tasks/" + taskId + "/change-status")
                     .then().statusCode(403);
            as(owner).body(Map.of("assignedUserId", owner.userId().toString()))
                     .post("/api/v1/tasks/" + taskId + "/assign").then().statusCode(403);
            as(tenants.member(tenant, "finance")).get("/api/v1/tasks")
                                                 .then().statusCode(403)
                                                 .body("details.requiredPermissions", hasItem("task.read"));
            as(operator).get("/api/v1/tasks/" + taskId).then().body("data.version", equalTo(0));
        }
    }

    @Nested
    class Lists {

        @Test
        void filtersSearchesAndPages() {
            Instant soon = Instant.now().plus(1, ChronoUnit.DAYS);
            Instant later = Instant.now().plus(10, ChronoUnit.DAYS);
            String caseId = openCase(operator, "Noisy pipes");
            String keys = create(operator, Map.of("taskType", "follow_up", "title", "Cut new keys", "priority", "LOW",
                                                  "dueAt", soon.toString()));
            String pipes = create(operator, Map.of("taskType", "follow_up", "title", "Call the plumber",
                                                   "description", "About the keys to the basement",
                                                   "priority", "URGENT", "dueAt", later.toString(),
                                                   "relatedEntityType", "CASE", "relatedEntityId", caseId,
                                                   "assignedUserId", tenant.admin().userId().toString()));
            String blocked = create("Order a boiler");
            changeStatus(blocked, "BLOCKED").statusCode(200);

            as(operator).queryParam("search", "KEYS").get("/api/v1/tasks")
                        .then().statusCode(200)
                        .body("data.id", hasItems(keys, pipes))
                        .body("data.id", not(hasItem(blocked)));
            as(operator).queryParam("priority", "urgent").get("/api/v1/tasks")
                        .then().body("data.id", equalTo(List.of(pipes)));
            as(operator).queryParam("status", "blocked").get("/api/v1/tasks")
                        .then().body("data.id", equalTo(List.of(blocked)));
            as(operator).queryParam("assignedUserId", tenant.admin().userId().toString()).get("/api/v1/tasks")
                        .then().body("data.id", equalTo(List.of(pipes)));
            as(operator).queryParam("relatedEntityType", "CASE").queryParam("relatedEntityId", caseId)
                        .get("/api/v1/tasks")
                        .then().body("data.id", equalTo(List.of(pipes)));
            as(operator).queryParam("relatedEntityType", "PROPERTY").get("/api/v1/tasks")
                        .then().body("meta.total", equalTo(0));
            as(operator).queryParam("dueFrom", Instant.now().toString())
                        .queryParam("dueTo", Instant.now().plus(2, ChronoUnit.DAYS).toString())
                        .get("/api/v1/tasks")
                        .then().body("data.id", equalTo(List.of(keys)));
            as(operator).queryParam("createdFrom", Instant.now().plus(1, ChronoUnit.HOURS).toString())
                        .get("/api/v1/tasks")
                        .then().body("meta.total", equalTo(0));
            as(operator).queryParam("limit", 2).queryParam("offset", 1).get("/api/v1/tasks")
                        .then().body("data.size()", equalTo(2))
                        .body("meta.total", equalTo(3))
                        .body("meta.limit", equalTo(2))
                        .body("meta.offset", equalTo(1))
                        // Most recently changed first: the blocked task changed last.
                        .body("data.id", equalTo(List.of(pipes, keys)));
        }

        @Test
        void myWorkHoldsTheCallersOpenTasksMostPressingFirst() {
            String mine = create(operator, Map.of("taskType", "follow_up", "title", "Mine",
                                                  "assignedUserId", operator.userId().toString()));
            String mineUrgent = create(operator, Map.of("taskType", "follow_up", "title", "Mine, urgent",
                                                        "priority", "URGENT",
                                                        "assignedUserId", operator.userId().toString()));
            String mineBlocked = create(operator, Map.of("taskType", "follow_up", "title", "Mine, blocked",
                                                         "assignedUserId", operator.userId().toString()));
            changeStatus(mineBlocked, "BLOCKED").statusCode(200);
            String mineDone = create(operator, Map.of("taskType", "follow_up", "title", "Mine, done",
                                                      "assignedUserId", operator.userId().toString()));
            changeStatus(mineDone, "IN_PROGRESS").statusCode(200);
            changeStatus(mineDone, "DONE").statusCode(200);
            String theirs = create(operator, Map.of("taskType", "follow_up", "title", "The admin's",
                                                    "assignedUserId", tenant.admin().userId().toString()));
            String nobodys = create("Nobody's");

            as(operator).get("/api/v1/tasks/queues/my-work")
                        .then().statusCode(200)
                        .body("data.id", hasItems(mine, mineUrgent, mineBlocked))
                        .body("data.id", not(hasItems(mineDone)))
                        .body("data.id", not(hasItem(theirs)))
                        .body("data.id", not(hasItem(nobodys)))
                        .body("meta.total", equalTo(3))
                        .body("data[0].id", equalTo(mineUrgent));
            as(tenant.admin()).get("/api/v1/tasks/queues/my-work")
                              .then().body("data.id", equalTo(List.of(theirs)));
        }

        @Test
        void reviewHoldsOpenTasksOfAReviewTypeOnly() {
            String invoiceReview = create(operator, Map.of("taskType", "invoice_review", "title", "Plumber's bill"));
            String documentReview = create(operator, Map.of("taskType", "Document_Review", "title", "New lease"));
            changeStatus(documentReview, "IN_PROGRESS").statusCode(200);
            String workOrderReview = create(operator, Map.of("taskType", "work_order_review", "title", "Sign off",
                                                             "priority", "HIGH"));
            String complianceReview = create(operator, Map.of("taskType", "compliance_review", "title", "Insurance"));
            String doneReview = create(operator, Map.of("taskType", "invoice_review", "title", "Already checked"));
            changeStatus(doneReview, "IN_PROGRESS").statusCode(200);
            changeStatus(doneReview, "DONE").statusCode(200);
            String cancelledReview = create(operator, Map.of("taskType", "invoice_review", "title", "Withdrawn"));
            changeStatus(cancelledReview, "CANCELLED").statusCode(200);
            // The seed counted these: a type merely mentioning "review", and any OPEN or BLOCKED task.
            String mentionsReview = create(operator, Map.of("taskType", "review meeting", "title", "Team meeting"));
            String plainOpen = create("Plain open task");
            String plainBlocked = create("Plain blocked task");
            changeStatus(plainBlocked, "BLOCKED").statusCode(200);

            as(operator).get("/api/v1/tasks/queues/review")
                        .then().statusCode(200)
                        .body("data.id", hasItems(invoiceReview, documentReview, workOrderReview, complianceReview))
                        .body("meta.total", equalTo(4))
                        .body("data.id", not(hasItem(doneReview)))
                        .body("data.id", not(hasItem(cancelledReview)))
                        .body("data.id", not(hasItem(mentionsReview)))
                        .body("data.id", not(hasItem(plainOpen)))
                        .body("data.id", not(hasItem(plainBlocked)))
                        .body("data[0].id", equalTo(workOrderReview));
        }

        @Test
        void refusesAnInvalidWindowOrFilter() {
            as(operator).queryParam("limit", 0).get("/api/v1/tasks")
                        .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            as(operator).queryParam("status", "WAITING").get("/api/v1/tasks")
                        .then().statusCode(400).body("errors[0].field", equalTo("status"));
            as(operator).queryParam("relatedEntityType", "TENANT").get("/api/v1/tasks")
                        .then().statusCode(400).body("errors[0].field", equalTo("relatedEntityType"));
            as(operator).queryParam("relatedEntityId", "42").get("/api/v1/tasks")
                        .then().statusCode(400).body("errors[0].field", equalTo("relatedEntityId"));
            as(operator).queryParam("dueFrom", "soon").get("/api/v1/tasks")
                        .then().statusCode(400).body("errors[0].field", equalTo("dueFrom"));
            as(operator).queryParam("search", "x".repeat(201)).get("/api/v1/tasks")
                        .then().statusCode(400).body("errors[0].field", equalTo("search"));
            for (String queue : List.of("my-work", "review")) {
                as(operator).queryParam("limit", 101).get("/api/v1/tasks/queues/" + queue)
                            .then().statusCode(400).body("errors[0].field", equalTo("limit"));
                as(operator).queryParam("offset", -1).get("/api/v1/tasks/queues/" + queue)
                            .then().statusCode(400).body("errors[0].field", equalTo("offset"));
            }
        }
    }
}
