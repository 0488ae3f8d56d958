package com.vivanta.ops.app.task;

import static org.hamcrest.Matchers.equalTo;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A task about a work order: the work order must be one of the organization's, which the task routes ask
 * the work-order read model ({@code FindWorkOrderQuery}).
 */
class TaskWorkOrderRelationApiTest extends ApiTest {

    private Tenant tenant;
    private Member operator;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
    }

    private String raiseWorkOrder(Member member) {
        String caseId = as(member).body(Map.of("caseType", "maintenance", "title", "Broken window"))
                                  .post("/api/v1/cases").then().statusCode(201).extract().path("data.id");
        return as(member).body(Map.of("description", "Replace the pane"))
                         .post("/api/v1/cases/" + caseId + "/work-orders")
                         .then().statusCode(201).extract().path("data.id");
    }

    @Test
    void relatesATaskToAWorkOrderOfTheOrganization() {
        String workOrderId = raiseWorkOrder(operator);
        String taskId = as(operator).body(Map.of("taskType", "work_order_review", "title", "Sign off the pane",
                                                 "relatedEntityType", "WORK_ORDER", "relatedEntityId", workOrderId))
                                    .post("/api/v1/tasks")
                                    .then().statusCode(201)
                                    .body("data.relatedEntityType", equalTo("WORK_ORDER"))
                                    .body("data.relatedEntityId", equalTo(workOrderId))
                                    .extract().path("data.id");
        as(operator).queryParam("relatedEntityType", "WORK_ORDER").queryParam("relatedEntityId", workOrderId)
                    .get("/api/v1/tasks")
                    .then().body("data.id", equalTo(List.of(taskId)));
    }

    @Test
    void anUnknownOrAnotherOrganizationsWorkOrderIsNoRelation() {
        String foreign = raiseWorkOrder(tenants.member(tenants.newTenant(), "operations"));
        for (String workOrderId : List.of(foreign, UUID.randomUUID().toString())) {
            as(operator).body(Map.of("taskType", "follow_up", "title", "Pointing elsewhere",
                                     "relatedEntityType", "WORK_ORDER", "relatedEntityId", workOrderId))
                        .post("/api/v1/tasks")
                        .then().statusCode(400)
                        .body("code", equalTo("INVALID_REFERENCE"))
                        .body("errors[0].field", equalTo("relatedEntityId"));
        }
        String taskId = as(operator).body(Map.of("taskType", "follow_up", "title", "Mine"))
                                    .post("/api/v1/tasks").then().statusCode(201).extract().path("data.id");
        as(operator).body(Map.of("relatedEntityType", "WORK_ORDER", "relatedEntityId", foreign))
                    .patch("/api/v1/tasks/" + taskId)
                    .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
    }
}
