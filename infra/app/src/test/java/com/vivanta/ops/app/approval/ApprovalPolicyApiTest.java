package com.vivanta.ops.app.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.vivanta.ops.api.approval.ApprovalRoute;
import com.vivanta.ops.api.approval.ApprovalStepKind;
import com.vivanta.ops.api.approval.ApprovalStepPlan;
import com.vivanta.ops.api.approval.FindApprovalRouteQuery;
import com.vivanta.ops.api.approval.FindNteToleranceQuery;
import com.vivanta.ops.api.approval.InvoiceFacts;
import com.vivanta.ops.api.common.Money;
import com.vivanta.ops.api.invoice.ExpenseCategory;
import com.vivanta.ops.api.workorder.OwnerApprovalLimit;
import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApprovalPolicyApiTest extends ApiTest {

    private static final String POLICY = "/api/v1/approval-policy";

    @Autowired
    private QueryGateway queryGateway;

    private Tenant tenant;
    private Member admin;
    private Member operator;
    private Member approver;

    @BeforeEach
    void tenantWithStaff() {
        tenant = tenants.newTenant();
        admin = tenant.admin();
        operator = tenants.member(tenant, "operations");
        approver = tenants.member(tenant, "finance");
    }

    private String property(Member member, String code) {
        return as(member).body(Map.of("propertyCode", code, "name", "Tower " + code, "propertyType", "RESIDENTIAL"))
                         .post("/api/v1/properties").then().statusCode(201).extract().path("data.id");
    }

    private String vendor(Member member) {
        return as(member).body(Map.of("name", "Acme Roofing")).post("/api/v1/vendors")
                         .then().statusCode(201).extract().path("data.id");
    }

    private ValidatableResponse put(Member member, Map<String, ?> body) {
        return as(member).body(body).put(POLICY).then();
    }

    private static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    private static Map<String, Object> roleStep(String name, String role) {
        return Map.of("name", name, "roleName", role, "mode", "ANY");
    }

    private static Map<String, Object> usersStep(String name, String mode, List<?> userIds) {
        return Map.of("name", name, "userIds", userIds, "mode", mode);
    }

    private static Map<String, Object> rule(String name, Map<String, Object> criteria, List<?> steps) {
        Map<String, Object> rule = new HashMap<>(criteria);
        rule.put("name", name);
        rule.put("steps", steps);
        return rule;
    }

    private static Map<String, Object> catchAll() {
        return rule("Everything else", Map.of(), List.of(roleStep("Finance approval", "finance")));
    }

    private static Map<String, Object> policy(List<?> rules) {
        return Map.of("rules", rules, "nteTolerancePercent", 15);
    }

    @Test
    void anOrganizationStartsWithTheDefaultPolicy() {
        as(operator).get(POLICY).then().statusCode(200)
                    .body("data.version", equalTo(0))
                    .body("data.organizationId", equalTo(tenant.organizationId().toString()))
                    .body("data.rules.name", contains("Small invoices", "Standard", "Large", "Other currencies"))
                    .body("data.rules[1].minAmount.amount", equalTo(250.0f))
                    .body("data.rules[1].steps[0].roleName", equalTo("finance"))
                    .body("data.rules[2].steps.roleName", contains("finance", "admin"))
                    .body("data.nteTolerancePercent", equalTo(10))
                    .body("data.requireApprovalForAll", equalTo(false))
                    .body("data.updatedBy", nullValue());
        as(approver).get(POLICY).then().statusCode(200);
    }

    @Test
    void anAdministratorDefinesThePolicyAndEachChangeCountsOneVersionUp() {
        String propertyId = property(operator, "AP-1");
        String vendorId = vendor(operator);
        List<Object> rules = List.of(
                rule("Trusted roofer", Map.of("vendorIds", List.of(vendorId)), List.of()),
                rule("Tower repairs", Map.of("propertyIds", List.of(propertyId),
                                             "categories", List.of("REPAIRS_AND_MAINTENANCE"),
                                             "minAmount", usd("100.00"), "maxAmount", usd("2000.00")),
                     List.of(usersStep("Controller", "ALL", List.of(approver.userId().toString())),
                             roleStep("Management", "admin"))),
                catchAll());

        put(admin, policy(rules)).statusCode(200)
                                 .body("data.version", equalTo(1))
                                 .body("data.rules.name", contains("Trusted roofer", "Tower repairs",
                                                                   "Everything else"))
                                 .body("data.rules[1].steps[0].userIds", contains(approver.userId().toString()))
                                 .body("data.rules[1].steps[0].mode", equalTo("ALL"))
                                 .body("data.rules[1].steps[0].kind", equalTo("STAFF"))
                                 .body("data.nteTolerancePercent", equalTo(15))
                                 .body("data.updatedBy", equalTo(admin.userId().toString()));
        String shown = as(operator).get(POLICY).then().statusCode(200)
                                   .body("data.version", equalTo(1))
                                   .body("data.rules[0].vendorIds", contains(vendorId))
                                   .body("data.rules[1].propertyIds", contains(propertyId))
                                   .body("data.rules[1].categories", contains("REPAIRS_AND_MAINTENANCE"))
                                   .body("data.rules[1].maxAmount.amount", equalTo(2000.0f))
                                   .extract().path("data.id");
        assertThat(shown).isNotBlank();

        put(admin, policy(List.of(catchAll()))).statusCode(200).body("data.version", equalTo(2));
        as(operator).get(POLICY).then().statusCode(200)
                    .body("data.version", equalTo(2))
                    .body("data.id", equalTo(shown))
                    .body("data.rules.name", contains("Everything else"));
        // Putting the policy in force again is no change: the version stays.
        put(admin, policy(List.of(catchAll()))).statusCode(200).body("data.version", equalTo(2));
    }

    @Test
    void invoicesAreRoutedByThePolicyInForceAndItsTolerance() {
        UUID organizationId = tenant.organizationId();
        UUID propertyId = UUID.fromString(property(operator, "AP-2"));
        InvoiceFacts facts = new InvoiceFacts(Money.of("300.00", "USD"), propertyId, null, ExpenseCategory.GENERAL,
                                              new OwnerApprovalLimit(Money.of("250.00", "USD"), List.of(propertyId)),
                                              null);

        ApprovalRoute byDefault = route(organizationId, facts);
        assertThat(byDefault.policyVersion()).isZero();
        assertThat(byDefault.ruleName()).isEqualTo("Standard");
        assertThat(byDefault.steps()).extracting(ApprovalStepPlan::kind)
                                     .containsExactly(ApprovalStepKind.STAFF, ApprovalStepKind.OWNER);
        assertThat(tolerance(organizationId)).isEqualTo(10);

        put(admin, policy(List.of(rule("Tower", Map.of("propertyIds", List.of(propertyId.toString())), List.of()),
                                  catchAll()))).statusCode(200);

        ApprovalRoute defined = route(organizationId, facts);
        assertThat(defined.policyVersion()).isEqualTo(1);
        assertThat(defined.ruleName()).isEqualTo("Tower");
        assertThat(defined.steps()).extracting(ApprovalStepPlan::kind).containsExactly(ApprovalStepKind.OWNER);
        assertThat(tolerance(organizationId)).isEqualTo(15);
    }

    private ApprovalRoute route(UUID organizationId, InvoiceFacts facts) {
        return queryGateway.query(new FindApprovalRouteQuery(organizationId, facts),
                                  ResponseTypes.instanceOf(ApprovalRoute.class)).join();
    }

    private Integer tolerance(UUID organizationId) {
        return queryGateway.query(new FindNteToleranceQuery(organizationId), ResponseTypes.instanceOf(Integer.class))
                           .join();
    }

    @Test
    void aMalformedPolicyIsRefusedNamingTheField() {
        Map<String, Object> allOfARole = Map.of("name", "All finance", "roleName", "finance", "mode", "ALL");
        put(admin, policy(List.of(catchAll(), rule("Big", Map.of("minAmount", usd("1000.00")), List.of(allOfARole)))))
                .statusCode(400)
                .body("code", equalTo("INVALID_VALUE"))
                .body("errors[0].field", equalTo("rules[1].steps[0].roleName"));
        put(admin, policy(List.of(rule("Band", Map.of("minAmount", usd("10.00")), List.of()))))
                .statusCode(400).body("errors[0].field", equalTo("rules"));
        put(admin, policy(List.of(catchAll(), rule("Band", Map.of("minAmount", usd("500.00"),
                                                                   "maxAmount", usd("100.00")), List.of()))))
                .statusCode(400).body("errors[0].field", equalTo("rules[1].maxAmount"));
        put(admin, Map.of("rules", List.of(catchAll()), "nteTolerancePercent", 150))
                .statusCode(400).body("errors[0].field", equalTo("nteTolerancePercent"));
        put(admin, policy(List.of(rule("No mode", Map.of(), List.of(Map.of("name", "x", "roleName", "finance"))))))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("rules[0].steps[0].mode"));
        put(admin, policy(List.of(rule("Odd cents", Map.of("minAmount", usd("1.001")), List.of()), catchAll())))
                .statusCode(400).body("errors[0].field", equalTo("rules[0].minAmount"));
        put(admin, policy(List.of(rule("Owners", Map.of(), List.of(Map.of("name", "x", "kind", "OWNER",
                                                                          "roleName", "finance", "mode", "ANY"))))))
                .statusCode(400).body("errors[0].field", equalTo("rules[0].steps[0].kind"));
        put(admin, Map.of("nteTolerancePercent", 10)).statusCode(400).body("errors[0].field", equalTo("rules"));
        as(operator).get(POLICY).then().body("data.version", equalTo(0));
    }

    @Test
    void rolesUsersPropertiesAndVendorsMustBeTheOrganizations() {
        Tenant other = tenants.newTenant();
        Member otherOperator = tenants.member(other, "operations");
        String foreignProperty = property(otherOperator, "AP-X");
        String foreignVendor = vendor(otherOperator);
        String ownProperty = property(operator, "AP-3");

        put(admin, policy(List.of(rule("Unknown role", Map.of(), List.of(roleStep("Approval", "treasurers"))))))
                .statusCode(400).body("code", equalTo("INVALID_REFERENCE"))
                .body("errors[0].field", equalTo("rules[0].steps[0].roleName"));
        put(admin, policy(List.of(catchAll(), rule("Users", Map.of("minAmount", usd("10.00")), List.of(
                usersStep("Pair", "ALL", List.of(approver.userId().toString(), UUID.randomUUID().toString())))))))
                .statusCode(400).body("code", equalTo("INVALID_REFERENCE"))
                .body("errors[0].field", equalTo("rules[1].steps[0].userIds[1]"));
        put(admin, policy(List.of(catchAll(), rule("Foreign user", Map.of("minAmount", usd("10.00")), List.of(
                usersStep("Other", "ANY", List.of(otherOperator.userId().toString())))))))
                .statusCode(400).body("errors[0].field", equalTo("rules[1].steps[0].userIds[0]"));
        put(admin, policy(List.of(rule("Properties", Map.of("propertyIds", List.of(ownProperty, foreignProperty)),
                                       List.of()), catchAll())))
                .statusCode(400).body("code", equalTo("INVALID_REFERENCE"))
                .body("errors[0].field", equalTo("rules[0].propertyIds[1]"));
        put(admin, policy(List.of(rule("Vendors", Map.of("vendorIds", List.of(foreignVendor)), List.of()),
                                  catchAll())))
                .statusCode(400).body("errors[0].field", equalTo("rules[0].vendorIds[0]"));
        as(operator).get(POLICY).then().body("data.version", equalTo(0));
    }

    @Test
    void onlyApprovalAdministratorsChangeThePolicy() {
        for (Member member : List.of(operator, approver)) {
            put(member, policy(List.of(catchAll()))).statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
        Member owner = tenants.member(tenant, "owner");
        as(owner).get(POLICY).then().statusCode(403);
        anonymous().get(POLICY).then().statusCode(401);
        as(operator).get(POLICY).then().body("data.version", equalTo(0));
    }

    @Test
    void eachOrganizationHasItsOwnPolicy() {
        Tenant other = tenants.newTenant();

        put(admin, policy(List.of(catchAll()))).statusCode(200).body("data.version", equalTo(1));

        as(other.admin()).get(POLICY).then().statusCode(200)
                         .body("data.version", equalTo(0))
                         .body("data.organizationId", equalTo(other.organizationId().toString()))
                         .body("data.rules.name", contains("Small invoices", "Standard", "Large", "Other currencies"));
        put(other.admin(), policy(List.of(catchAll()))).statusCode(200).body("data.version", equalTo(1));
        as(admin).get(POLICY).then().body("data.version", equalTo(1));
    }
}
