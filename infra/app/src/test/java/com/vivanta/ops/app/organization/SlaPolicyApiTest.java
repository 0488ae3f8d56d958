package com.vivanta.ops.app.organization;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An organization's SLA targets: the defaults until it sets its own, and only its own. */
class SlaPolicyApiTest extends ApiTest {

    private static final String POLICY = "/api/v1/organizations/current/sla-policy";
    private static final Map<String, String> OWN = Map.of("URGENT", "PT2H", "HIGH", "PT12H", "NORMAL", "P2D",
                                                          "LOW", "P14D");

    private Tenant tenant;

    @BeforeEach
    void aTenant() {
        tenant = tenants.newTenant();
    }

    @Test
    void anOrganizationStartsWithTheDefaultTargets() {
        as(tenants.member(tenant, "operations")).get(POLICY)
                .then().statusCode(200)
                .body("data.organizationId", equalTo(tenant.organizationId().toString()))
                .body("data.defaults", equalTo(true))
                .body("data.resolutionTargets", equalTo(Map.of("URGENT", "PT4H", "HIGH", "PT24H", "NORMAL", "PT72H",
                                                               "LOW", "PT168H")))
                .body("data.changedAt", nullValue());
    }

    @Test
    void theAdministratorSetsTheOrganizationsOwnTargetsAndReadsThemBack() {
        as(tenant.admin()).body(Map.of("resolutionTargets", OWN)).put(POLICY)
                          .then().statusCode(200)
                          .body("data.defaults", equalTo(false))
                          .body("data.resolutionTargets", equalTo(Map.of("URGENT", "PT2H", "HIGH", "PT12H",
                                                                         "NORMAL", "PT48H", "LOW", "PT336H")))
                          .body("data.changedAt", notNullValue());

        as(tenants.member(tenant, "finance")).get(POLICY)
                .then().statusCode(200)
                .body("data.defaults", equalTo(false))
                .body("data.resolutionTargets.URGENT", equalTo("PT2H"))
                .body("data.resolutionTargets.LOW", equalTo("PT336H"));

        // Setting the same targets again is answered the same; priorities may be named in any case.
        as(tenant.admin()).body(Map.of("resolutionTargets", Map.of("urgent", "PT2H", "high", "PT12H",
                                                                   "normal", "PT48H", "low", "P14D")))
                          .put(POLICY)
                          .then().statusCode(200)
                          .body("data.resolutionTargets.NORMAL", equalTo("PT48H"));
    }

    @Test
    void everyPriorityNeedsAnIsoTargetBetweenAMinuteAndAYear() {
        Map<String, String> missing = new HashMap<>(OWN);
        missing.remove("HIGH");
        refused(Map.of("resolutionTargets", missing), "INVALID_VALUE", "resolutionTargets.HIGH");
        refused(Map.of("resolutionTargets", with("URGENT", "PT59S")), "INVALID_VALUE", "resolutionTargets.URGENT");
        refused(Map.of("resolutionTargets", with("LOW", "P366D")), "INVALID_VALUE", "resolutionTargets.LOW");
        refused(Map.of("resolutionTargets", with("NORMAL", "-PT4H")), "INVALID_VALUE", "resolutionTargets.NORMAL");
        refused(Map.of("resolutionTargets", with("HIGH", "4 hours")), "INVALID_VALUE", "resolutionTargets.HIGH");
        refused(Map.of("resolutionTargets", with("HIGH", "")), "INVALID_VALUE", "resolutionTargets.HIGH");
        Map<String, Object> number = new HashMap<>(OWN);
        number.put("URGENT", 14400);
        refused(Map.of("resolutionTargets", number), "INVALID_VALUE", "resolutionTargets.URGENT");
        Map<String, String> unknown = new HashMap<>(OWN);
        unknown.put("CRITICAL", "PT1H");
        refused(Map.of("resolutionTargets", unknown), "INVALID_VALUE", "resolutionTargets.CRITICAL");
        refused(Map.of(), "VALIDATION_FAILED", "resolutionTargets");
        refused(Map.of("resolutionTargets", List.of("PT4H")), "INVALID_VALUE", "resolutionTargets");

        as(tenant.admin()).get(POLICY).then().body("data.defaults", equalTo(true));
    }

    @Test
    void changingTheTargetsNeedsOrganizationWrite() {
        Member operator = tenants.member(tenant, "operations");
        as(operator).body(Map.of("resolutionTargets", OWN)).put(POLICY)
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(operator).get(POLICY).then().statusCode(200).body("data.defaults", equalTo(true));
    }

    @Test
    void anotherOrganizationKeepsItsOwnTargets() {
        Tenant other = tenants.newTenant();
        as(tenant.admin()).body(Map.of("resolutionTargets", OWN)).put(POLICY).then().statusCode(200);

        as(other.admin()).get(POLICY)
                         .then().statusCode(200)
                         .body("data.organizationId", equalTo(other.organizationId().toString()))
                         .body("data.defaults", equalTo(true))
                         .body("data.resolutionTargets.URGENT", equalTo("PT4H"));
    }

    private static Map<String, String> with(String priority, String target) {
        Map<String, String> targets = new HashMap<>(OWN);
        targets.put(priority, target);
        return targets;
    }

    private void refused(Map<String, ?> body, String code, String field) {
        as(tenant.admin()).body(body).put(POLICY)
                          .then().statusCode(400)
                          .contentType("application/problem+json")
                          .body("code", equalTo(code))
                          .body("errors[0].field", equalTo(field));
    }
}
