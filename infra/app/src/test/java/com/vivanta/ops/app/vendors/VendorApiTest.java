package com.vivanta.ops.app.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.empty;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class VendorApiTest extends ApiTest {

    private static final String VENDORS = "/api/v1/vendors";

    private Tenant tenant;
    private Member operator;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
    }

    private String register(Map<String, ?> body) {
        return as(operator).body(body).post(VENDORS)
                           .then().statusCode(201)
                           .extract().path("data.id");
    }

    private String register(String name) {
        return register(Map.of("name", name));
    }

    private ValidatableResponse patch(String vendorId, Map<String, ?> body) {
        return as(operator).body(body).patch(VENDORS + "/" + vendorId).then();
    }

    private ValidatableResponse compliance(String vendorId, String on) {
        var request = as(operator);
        if (on != null) {
            request = request.queryParam("on", on);
        }
        return request.get(VENDORS + "/" + vendorId + "/compliance").then();
    }

    /** A map that may hold nulls, for PATCH bodies that clear fields. */
    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> fullVendor() {
        return body("name", "Acme Plumbing", "vendorType", "contractor", "email", "Ops@Acme.TEST",
                    "phone", "+1 555 0100", "tradeCategory", "plumbing",
                    "serviceRegions", List.of(" North ", "Downtown", "north"), "taxId", "12-3456789",
                    "status", "active", "insuranceExpiresOn", "2027-06-30", "licenceExpiresOn", "2028-01-31",
                    "w9OnFile", true);
    }

    @Nested
    class Registering {

        @Test
        void registersAVendorAndAnswersWithTheProjectedView() {
            as(operator).header("X-Correlation-Id", "corr-vendor-1")
                        .body(fullVendor())
                        .post(VENDORS)
                        .then().statusCode(201)
                        .header("Location", startsWith(VENDORS + "/"))
                        .header("X-Correlation-Id", "corr-vendor-1")
                        .body("data.id", notNullValue())
                        .body("data.organizationId", equalTo(tenant.organizationId().toString()))
                        .body("data.name", equalTo("Acme Plumbing"))
                        .body("data.vendorType", equalTo("contractor"))
                        .body("data.email", equalTo("ops@acme.test"))
                        .body("data.phone", equalTo("+1 555 0100"))
                        .body("data.tradeCategory", equalTo("plumbing"))
                        .body("data.serviceRegions", equalTo(List.of("North", "Downtown")))
                        .body("data.taxId", equalTo("12-3456789"))
                        .body("data.status", equalTo("ACTIVE"))
                        .body("data.insuranceExpiresOn", equalTo("2027-06-30"))
                        .body("data.licenceExpiresOn", equalTo("2028-01-31"))
                        .body("data.w9OnFile", equalTo(true))
                        .body("data.createdAt", notNullValue())
                        .body("data.version", equalTo(0))
                        .body("meta.requestId", notNullValue());
        }

        @Test
        void startsActiveWithoutDocumentsOrRegions() {
            String vendorId = register("Solo Handyman");
            as(operator).get(VENDORS + "/" + vendorId)
                        .then().statusCode(200)
                        .body("data.status", equalTo("ACTIVE"))
                        .body("data.w9OnFile", equalTo(false))
                        .body("data.serviceRegions", empty())
                        .body("data.email", nullValue())
                        .body("data.tradeCategory", nullValue())
                        .body("data.insuranceExpiresOn", nullValue())
                        .body("data.licenceExpiresOn", nullValue());
        }

        @Test
        void mayStartInAnotherStatus() {
            as(operator).body(Map.of("name", "On hold Ltd", "status", "SUSPENDED")).post(VENDORS)
                        .then().statusCode(201).body("data.status", equalTo("SUSPENDED"));
        }

        @Test
        void reportsEveryInvalidFieldAtOnce() {
            as(operator).body(body("name", "x", "vendorType", "t".repeat(81), "email", "not-an-email",
                                   "phone", "1".repeat(41), "tradeCategory", "c".repeat(81), "taxId", "9".repeat(81)))
                        .post(VENDORS)
                        .then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors.field", hasItems("name", "vendorType", "email", "phone", "tradeCategory",
                                                       "taxId"))
                        .body("requestId", notNullValue());
        }

        @Test
        void checksTheNameBounds() {
            as(operator).body(Map.of("vendorType", "contractor")).post(VENDORS)
                        .then().statusCode(400).body("errors.field", hasItem("name"));
            as(operator).body(Map.of("name", "   ")).post(VENDORS)
                        .then().statusCode(400).body("errors.field", hasItem("name"));
            as(operator).body(Map.of("name", "n".repeat(201))).post(VENDORS)
                        .then().statusCode(400).body("errors[0].field", equalTo("name"));
            as(operator).body(Map.of("name", "n".repeat(200))).post(VENDORS).then().statusCode(201);
            as(operator).body(Map.of("name", "ab")).post(VENDORS).then().statusCode(201);
        }

        @Test
        void refusesAddressesThatAreNoEmail() {
            for (String email : List.of("not-an-email", "ops@acme", "ops@@acme.test", "ops @acme.test", "",
                                        "@acme.test")) {
                as(operator).body(Map.of("name", "Acme", "email", email)).post(VENDORS)
                            .then().statusCode(400)
                            .body("code", equalTo("VALIDATION_FAILED"))
                            .body("errors[0].field", equalTo("email"));
            }
            as(operator).body(Map.of("name", "Acme", "email", "a".repeat(250) + "@x.io")).post(VENDORS)
                        .then().statusCode(400).body("errors.field", hasItem("email"));
        }

        @Test
        void refusesBlankOptionalText() {
            as(operator).body(Map.of("name", "Acme", "vendorType", " ", "phone", "", "tradeCategory", "\t",
                                     "taxId", "  "))
                        .post(VENDORS)
                        .then().statusCode(400)
                        .body("errors.field", hasItems("vendorType", "phone", "tradeCategory", "taxId"));
        }

        @Test
        void checksEveryServiceRegion() {
            as(operator).body(Map.of("name", "Acme", "serviceRegions", List.of("North", " ")))
                        .post(VENDORS)
                        .then().statusCode(400)
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors[0].field", startsWith("serviceRegions"));
            as(operator).body(Map.of("name", "Acme", "serviceRegions", List.of("r".repeat(81))))
                        .post(VENDORS)
                        .then().statusCode(400).body("errors[0].field", startsWith("serviceRegions"));
            as(operator).body(body("name", "Acme", "serviceRegions", new ArrayList<>(Collections.nCopies(1, null))))
                        .post(VENDORS)
                        .then().statusCode(400).body("errors[0].field", startsWith("serviceRegions"));
            List<String> fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "Region " + i).toList();
            as(operator).body(Map.of("name", "Acme", "serviceRegions", fiftyOne))
                        .post(VENDORS)
                        .then().statusCode(400).body("errors[0].field", equalTo("serviceRegions"));
            as(operator).body(Map.of("name", "Acme", "serviceRegions", fiftyOne.subList(0, 50)))
                        .post(VENDORS)
                        .then().statusCode(201).body("data.serviceRegions.size()", equalTo(50));
        }

        @Test
        void refusesPropertiesItDoesNotKnow() {
            as(operator).body(Map.of("name", "Acme", "organizationId", UUID.randomUUID().toString()))
                        .post(VENDORS)
                        .then().statusCode(400)
                        .body("code", equalTo("UNKNOWN_PROPERTY"))
                        .body("errors[0].field", equalTo("organizationId"));
            as(operator).body(Map.of("name", "Acme", "w9OnFileDate", "2026-01-01")).post(VENDORS)
                        .then().statusCode(400).body("code", equalTo("UNKNOWN_PROPERTY"));
        }

        @Test
        void answersValuesOfTheWrongTypeWith400() {
            List<Map.Entry<String, Object>> wrong = List.of(Map.entry("status", "RETIRED"),
                                                            Map.entry("insuranceExpiresOn", "next year"),
                                                            Map.entry("insuranceExpiresOn", "2026-01-01T00:00:00Z"),
                                                            Map.entry("licenceExpiresOn", "2026-02-30"),
                                                            Map.entry("licenceExpiresOn", ""),
                                                            Map.entry("licenceExpiresOn", List.of(2026, 1, 31)),
                                                            Map.entry("licenceExpiresOn", 20454),
                                                            Map.entry("w9OnFile", "maybe"),
                                                            Map.entry("serviceRegions", Map.of("region", "North")),
                                                            Map.entry("serviceRegions", List.of(List.of("North"))));
            for (Map.Entry<String, Object> field : wrong) {
                as(operator).body(Map.of("name", "Acme", field.getKey(), field.getValue())).post(VENDORS)
                            .then().statusCode(400)
                            .body("code", equalTo("INVALID_VALUE"))
                            .body("errors[0].field", startsWith(field.getKey()));
            }
            as(operator).body("{\"name\": \"Acme\", ").post(VENDORS)
                        .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
            as(operator).body("[]").post(VENDORS)
                        .then().statusCode(400).body("code", equalTo("MALFORMED_BODY"));
        }

        @Test
        void refusesDatesTheDatabaseCouldNotStore() {
            as(operator).body(Map.of("name", "Acme", "insuranceExpiresOn", "+10000-01-01")).post(VENDORS)
                        .then().statusCode(400)
                        .body("code", equalTo("INVALID_VALUE"))
                        .body("errors[0].field", equalTo("insuranceExpiresOn"))
                        .body("errors[0].message", startsWith("must be an ISO-8601 date"));
            as(operator).body(Map.of("name", "Acme", "licenceExpiresOn", "-0001-12-31")).post(VENDORS)
                        .then().statusCode(400).body("errors[0].field", equalTo("licenceExpiresOn"));
            as(operator).body(Map.of("name", "Acme", "licenceExpiresOn", "9999-12-31")).post(VENDORS)
                        .then().statusCode(201).body("data.licenceExpiresOn", equalTo("9999-12-31"));
        }
    }

    @Nested
    class Revising {

        @Test
        void changesWhatIsGivenClearsExplicitNullsAndKeepsTheRest() {
            String vendorId = register(fullVendor());
            patch(vendorId, body("name", "Acme Plumbing & Heating", "vendorType", null, "phone", null,
                                 "serviceRegions", List.of("Harbour"), "email", "Billing@Acme.test"))
                    .statusCode(200)
                    .body("data.name", equalTo("Acme Plumbing & Heating"))
                    .body("data.vendorType", nullValue())
                    .body("data.phone", nullValue())
                    .body("data.email", equalTo("billing@acme.test"))
                    .body("data.serviceRegions", equalTo(List.of("Harbour")))
                    .body("data.tradeCategory", equalTo("plumbing"))
                    .body("data.taxId", equalTo("12-3456789"))
                    .body("data.status", equalTo("ACTIVE"))
                    .body("data.insuranceExpiresOn", equalTo("2027-06-30"))
                    .body("data.w9OnFile", equalTo(true))
                    .body("data.version", equalTo(1));
            as(operator).get(VENDORS + "/" + vendorId)
                        .then().body("data.name", equalTo("Acme Plumbing & Heating"))
                        .body("data.vendorType", nullValue());
        }

        @Test
        void clearsEveryClearableField() {
            String vendorId = register(fullVendor());
            patch(vendorId, body("vendorType", null, "email", null, "phone", null, "tradeCategory", null,
                                 "serviceRegions", null, "taxId", null, "insuranceExpiresOn", null,
                                 "licenceExpiresOn", null))
                    .statusCode(200)
                    .body("data.vendorType", nullValue())
                    .body("data.email", nullValue())
                    .body("data.phone", nullValue())
                    .body("data.tradeCategory", nullValue())
                    .body("data.serviceRegions", empty())
                    .body("data.taxId", nullValue())
                    .body("data.insuranceExpiresOn", nullValue())
                    .body("data.licenceExpiresOn", nullValue())
                    .body("data.name", equalTo("Acme Plumbing"))
                    .body("data.w9OnFile", equalTo(true))
                    // One event for the details, one for the compliance documents.
                    .body("data.version", equalTo(2));
        }

        @Test
        void changesStatusAndComplianceDocuments() {
            String vendorId = register(fullVendor());
            patch(vendorId, Map.of("status", "inactive", "insuranceExpiresOn", "2029-01-01", "w9OnFile", false))
                    .statusCode(200)
                    .body("data.status", equalTo("INACTIVE"))
                    .body("data.insuranceExpiresOn", equalTo("2029-01-01"))
                    .body("data.licenceExpiresOn", equalTo("2028-01-31"))
                    .body("data.w9OnFile", equalTo(false))
                    .body("data.version", equalTo(2));
        }

        @Test
        void aPatchThatChangesNothingRecordsNothing() {
            String vendorId = register(fullVendor());
            patch(vendorId, Map.of()).statusCode(200).body("data.version", equalTo(0));
            patch(vendorId, Map.of("name", "Acme Plumbing", "email", "OPS@acme.test", "status", "ACTIVE",
                                   "serviceRegions", List.of("North", "Downtown"), "w9OnFile", true,
                                   "insuranceExpiresOn", "2027-06-30"))
                    .statusCode(200)
                    .body("data.version", equalTo(0));
        }

        @Test
        void refusesNullForFieldsThatCannotBeEmpty() {
            String vendorId = register(fullVendor());
            for (String field : List.of("name", "status", "w9OnFile")) {
                patch(vendorId, body(field, null))
                        .statusCode(400)
                        .body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors[0].field", startsWith(field));
            }
            as(operator).get(VENDORS + "/" + vendorId)
                        .then().body("data.name", equalTo("Acme Plumbing"))
                        .body("data.status", equalTo("ACTIVE"))
                        .body("data.w9OnFile", equalTo(true))
                        .body("data.version", equalTo(0));
        }

        @Test
        void checksTheSameConstraintsAsRegistration() {
            String vendorId = register("Constrained");
            patch(vendorId, Map.of("name", "x")).statusCode(400).body("errors[0].field", startsWith("name"));
            patch(vendorId, Map.of("email", "ops@acme")).statusCode(400).body("errors[0].field", startsWith("email"));
            patch(vendorId, Map.of("phone", "1".repeat(41))).statusCode(400)
                                                             .body("errors[0].field", startsWith("phone"));
            patch(vendorId, Map.of("tradeCategory", " ")).statusCode(400)
                                                          .body("errors[0].field", startsWith("tradeCategory"));
            patch(vendorId, Map.of("serviceRegions", List.of("North", ""))).statusCode(400)
                                                                           .body("errors[0].field",
                                                                                 startsWith("serviceRegions"));
            patch(vendorId, Map.of("serviceRegions",
                                   IntStream.rangeClosed(1, 51).mapToObj(i -> "R" + i).toList()))
                    .statusCode(400).body("errors[0].field", startsWith("serviceRegions"));
            patch(vendorId, Map.of("status", "GONE")).statusCode(400).body("code", equalTo("INVALID_VALUE"));
            patch(vendorId, Map.of("licenceExpiresOn", "soon")).statusCode(400)
                                                               .body("errors[0].field", equalTo("licenceExpiresOn"));
            patch(vendorId, Map.of("createdAt", "2020-01-01T00:00:00Z")).statusCode(400)
                                                                         .body("code", equalTo("UNKNOWN_PROPERTY"));
            as(operator).get(VENDORS + "/" + vendorId).then().body("data.version", equalTo(0));
        }
    }

    @Nested
    class Lists {

        @Test
        void filtersSearchesAndPagesNewestFirst() {
            String acme = register(body("name", "Acme Plumbing", "email", "ops@acme.test", "tradeCategory", "plumbing",
                                        "serviceRegions", List.of("North", "Downtown")));
            String bolt = register(body("name", "Bolt Electric", "email", "hello@bolt.test",
                                        "tradeCategory", "electrical", "serviceRegions", List.of("Northgate"),
                                        "status", "SUSPENDED"));
            String pipes = register(body("name", "Pipes & Co", "email", "info@pipes.test", "tradeCategory", "Plumbing",
                                         "serviceRegions", List.of("South"), "status", "INACTIVE"));
            String handy = register(body("name", "100% Handy", "email", "acme-fan@handy.test"));

            as(operator).get(VENDORS)
                        .then().statusCode(200)
                        .body("data.id", equalTo(List.of(handy, pipes, bolt, acme)))
                        .body("meta.total", equalTo(4))
                        .body("meta.limit", equalTo(25))
                        .body("meta.offset", equalTo(0));
            as(operator).queryParam("status", "suspended").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(bolt)));
            as(operator).queryParam("tradeCategory", "plumbing").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(pipes, acme)));
            // Exact: a part of a category finds nothing.
            as(operator).queryParam("tradeCategory", "plumb").get(VENDORS)
                        .then().body("meta.total", equalTo(0));
            // A whole region: "north" is not "Northgate".
            as(operator).queryParam("region", "north").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(acme)));
            as(operator).queryParam("region", "NORTHGATE").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(bolt)));
            as(operator).queryParam("region", "Nowhere").get(VENDORS)
                        .then().body("meta.total", equalTo(0));
            // Search looks into names and e-mails, in any case.
            as(operator).queryParam("search", "ACME").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(handy, acme)));
            as(operator).queryParam("search", "bolt.test").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(bolt)));
            // LIKE wildcards are taken literally.
            as(operator).queryParam("search", "100%").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(handy)));
            as(operator).queryParam("search", "_").get(VENDORS)
                        .then().body("meta.total", equalTo(0));
            // Filters combine.
            as(operator).queryParam("tradeCategory", "PLUMBING").queryParam("status", "ACTIVE").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(acme)));
            as(operator).queryParam("region", "south").queryParam("search", "pipes").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(pipes)));

            as(operator).queryParam("limit", 2).queryParam("offset", 1).get(VENDORS)
                        .then().body("data.id", equalTo(List.of(pipes, bolt)))
                        .body("meta.total", equalTo(4))
                        .body("meta.limit", equalTo(2))
                        .body("meta.offset", equalTo(1));
            as(operator).queryParam("offset", 10).get(VENDORS)
                        .then().body("data", empty()).body("meta.total", equalTo(4));
        }

        @Test
        void aVendorServingManyMatchingRegionsIsListedOnce() {
            String vendorId = register(body("name", "Everywhere Inc", "serviceRegions", List.of("North", "East")));
            patch(vendorId, Map.of("serviceRegions", List.of("East", "North", "West"))).statusCode(200);
            as(operator).queryParam("region", "north").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(vendorId))).body("meta.total", equalTo(1));
            as(operator).get(VENDORS + "/" + vendorId)
                        .then().body("data.serviceRegions", equalTo(List.of("East", "North", "West")));
        }

        @Test
        void followsChangesOfStatus() {
            String vendorId = register("Soon inactive");
            patch(vendorId, Map.of("status", "INACTIVE")).statusCode(200);
            as(operator).queryParam("status", "ACTIVE").get(VENDORS).then().body("meta.total", equalTo(0));
            as(operator).queryParam("status", "INACTIVE").get(VENDORS)
                        .then().body("data.id", equalTo(List.of(vendorId)));
        }

        @Test
        void refusesAnInvalidWindowOrFilter() {
            as(operator).queryParam("limit", 0).get(VENDORS)
                        .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            as(operator).queryParam("limit", 101).get(VENDORS)
                        .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            as(operator).queryParam("limit", "many").get(VENDORS)
                        .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            as(operator).queryParam("offset", -1).get(VENDORS)
                        .then().statusCode(400).body("errors[0].field", equalTo("offset"));
            as(operator).queryParam("status", "DONE").get(VENDORS)
                        .then().statusCode(400).body("errors[0].field", equalTo("status"));
            as(operator).queryParam("search", "s".repeat(201)).get(VENDORS)
                        .then().statusCode(400).body("errors[0].field", equalTo("search"));
            as(operator).queryParam("region", "r".repeat(81)).get(VENDORS)
                        .then().statusCode(400).body("errors[0].field", equalTo("region"));
        }
    }

    @Nested
    class Compliance {

        private JsonPath check(String vendorId, String on) {
            return compliance(vendorId, on).statusCode(200).extract().jsonPath();
        }

        @Test
        void aCompliantVendorMayBeDispatchedAndPaid() {
            String vendorId = register(fullVendor());
            compliance(vendorId, "2026-05-01")
                    .statusCode(200)
                    .body("data.vendorId", equalTo(vendorId))
                    .body("data.checkedOn", equalTo("2026-05-01"))
                    .body("data.dispatchable", equalTo(true))
                    .body("data.reasons", empty())
                    .body("data.paymentReady", equalTo(true))
                    .body("data.paymentBlockers", empty());
        }

        @Test
        void checksTodayInUtcByDefault() {
            String vendorId = register(fullVendor());
            String before = LocalDate.now(ZoneOffset.UTC).toString();
            compliance(vendorId, null)
                    .statusCode(200)
                    .body("data.checkedOn", anyOf(equalTo(before),
                                                  equalTo(LocalDate.now(ZoneOffset.UTC).toString())));
        }

        @Test
        void expiredInsuranceBlocksDispatchFromTheDayAfterItsExpiry() {
            Map<String, Object> vendor = fullVendor();
            vendor.put("insuranceExpiresOn", "2026-01-10");
            String vendorId = register(vendor);

            assertThat(check(vendorId, "2026-01-10").getBoolean("data.dispatchable")).isTrue();
            compliance(vendorId, "2026-01-11")
                    .body("data.dispatchable", equalTo(false))
                    .body("data.reasons", equalTo(List.of("INSURANCE_EXPIRED")))
                    .body("data.paymentReady", equalTo(true));
        }

        @Test
        void missingInsuranceAndAnExpiredLicenceBlockDispatch() {
            String vendorId = register(body("name", "Uninsured", "licenceExpiresOn", "2025-12-31", "w9OnFile", true));
            compliance(vendorId, "2026-01-01")
                    .body("data.dispatchable", equalTo(false))
                    .body("data.reasons", equalTo(List.of("INSURANCE_MISSING", "LICENCE_EXPIRED")))
                    .body("data.paymentReady", equalTo(true));
        }

        @Test
        void anInactiveVendorIsNeitherDispatchedNorPaid() {
            Map<String, Object> vendor = fullVendor();
            vendor.put("status", "INACTIVE");
            String vendorId = register(vendor);
            compliance(vendorId, "2026-05-01")
                    .body("data.dispatchable", equalTo(false))
                    .body("data.reasons", equalTo(List.of("VENDOR_INACTIVE")))
                    .body("data.paymentReady", equalTo(false))
                    .body("data.paymentBlockers", equalTo(List.of("VENDOR_INACTIVE")));
        }

        @Test
        void aMissingW9BlocksPaymentOnly() {
            Map<String, Object> vendor = fullVendor();
            vendor.put("w9OnFile", false);
            String vendorId = register(vendor);
            compliance(vendorId, "2026-05-01")
                    .body("data.dispatchable", equalTo(true))
                    .body("data.paymentReady", equalTo(false))
                    .body("data.paymentBlockers", equalTo(List.of("W9_MISSING")));
        }

        @Test
        void followsRevisedDocuments() {
            String vendorId = register(body("name", "Getting compliant"));
            compliance(vendorId, "2026-05-01")
                    .body("data.reasons", equalTo(List.of("INSURANCE_MISSING")))
                    .body("data.paymentBlockers", equalTo(List.of("W9_MISSING")));
            patch(vendorId, Map.of("insuranceExpiresOn", "2026-12-31", "w9OnFile", true)).statusCode(200);
            compliance(vendorId, "2026-05-01")
                    .body("data.dispatchable", equalTo(true))
                    .body("data.paymentReady", equalTo(true));
            patch(vendorId, Map.of("status", "SUSPENDED")).statusCode(200);
            compliance(vendorId, "2026-05-01")
                    .body("data.reasons", equalTo(List.of("VENDOR_INACTIVE")))
                    .body("data.paymentBlockers", equalTo(List.of("VENDOR_INACTIVE")));
        }

        @Test
        void refusesAMalformedDay() {
            String vendorId = register(fullVendor());
            for (String on : List.of("tomorrow", "2026-02-30", "01/05/2026", "2026-05-01T00:00:00Z")) {
                compliance(vendorId, on)
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("code", equalTo("INVALID_PARAMETER"))
                        .body("errors[0].field", equalTo("on"));
            }
        }
    }

    @Nested
    class Access {

        @Test
        void everyVendorRouteNeedsItsPermission() {
            String vendorId = register(fullVendor());
            for (String role : List.of("finance", "owner")) {
                Member member = tenants.member(tenant, role);
                as(member).get(VENDORS).then().statusCode(403)
                          .contentType("application/problem+json")
                          .body("code", equalTo("FORBIDDEN"))
                          .body("details.requiredPermissions", hasItem("vendor.read"));
                as(member).get(VENDORS + "/" + vendorId).then().statusCode(403)
                          .body("details.requiredPermissions", hasItem("vendor.read"));
                as(member).get(VENDORS + "/" + vendorId + "/compliance").then().statusCode(403)
                          .body("details.requiredPermissions", hasItem("vendor.read"));
                as(member).body(Map.of("name", "Not allowed")).post(VENDORS).then().statusCode(403)
                          .body("details.requiredPermissions", hasItem("vendor.write"));
                as(member).body(Map.of("name", "Renamed")).patch(VENDORS + "/" + vendorId).then().statusCode(403)
                          .body("details.requiredPermissions", hasItem("vendor.write"));
            }
            as(operator).get(VENDORS).then().body("meta.total", equalTo(1));
            as(operator).get(VENDORS + "/" + vendorId).then().body("data.name", equalTo("Acme Plumbing"))
                        .body("data.version", equalTo(0));
        }

        @Test
        void needsSigningIn() {
            anonymous().get(VENDORS).then().statusCode(401);
            anonymous().body(Map.of("name", "Anonymous")).post(VENDORS).then().statusCode(401);
        }
    }

    @Nested
    class Tenancy {

        @Test
        void anotherOrganizationsVendorIsNotFoundAndNeverListed() {
            String vendorId = register(fullVendor());
            Member outsider = tenants.newTenant().admin();

            as(outsider).get(VENDORS + "/" + vendorId)
                        .then().statusCode(404)
                        .contentType("application/problem+json")
                        .body("code", equalTo("NOT_FOUND"));
            as(outsider).get(VENDORS + "/" + vendorId + "/compliance").then().statusCode(404)
                        .body("code", equalTo("NOT_FOUND"));
            as(outsider).body(Map.of("name", "Hijacked")).patch(VENDORS + "/" + vendorId)
                        .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            as(outsider).body(Map.of()).patch(VENDORS + "/" + vendorId).then().statusCode(404);
            as(outsider).get(VENDORS).then().statusCode(200)
                        .body("data.id", not(hasItem(vendorId)))
                        .body("meta.total", equalTo(0));
            as(outsider).queryParam("search", "acme").queryParam("region", "north").get(VENDORS)
                        .then().body("meta.total", equalTo(0));

            as(operator).get(VENDORS + "/" + vendorId)
                        .then().statusCode(200)
                        .body("data.name", equalTo("Acme Plumbing"))
                        .body("data.version", equalTo(0));
        }

        @Test
        void anotherOrganizationsVendorLooksExactlyLikeAMissingOne() {
            String vendorId = register(fullVendor());
            Member outsider = tenants.newTenant().admin();
            for (String route : List.of("GET ", "GET /compliance", "PATCH ")) {
                assertThat(problemOf(outsider, vendorId, route))
                        .isEqualTo(problemOf(outsider, UUID.randomUUID().toString(), route));
            }
        }

        private Map<String, Object> problemOf(Member member, String vendorId, String route) {
            String[] methodAndSuffix = route.split(" ", 2);
            String path = VENDORS + "/" + vendorId + methodAndSuffix[1];
            var response = methodAndSuffix[0].equals("GET")
                    ? as(member).get(path)
                    : as(member).body(Map.of("name", "Renamed")).patch(path);
            Map<String, Object> body = new HashMap<>(response.then().statusCode(404).extract().jsonPath().getMap(""));
            body.remove("requestId");
            body.remove("instance");
            return body;
        }

        @Test
        void anUnknownOrMalformedIdIsAnsweredPlainly() {
            as(operator).get(VENDORS + "/" + UUID.randomUUID()).then().statusCode(404);
            as(operator).get(VENDORS + "/" + UUID.randomUUID() + "/compliance").then().statusCode(404);
            as(operator).body(Map.of("name", "Nobody")).patch(VENDORS + "/" + UUID.randomUUID())
                        .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            as(operator).get(VENDORS + "/not-a-uuid")
                        .then().statusCode(400)
                        .body("code", equalTo("INVALID_PARAMETER"))
                        .body("errors[0].field", equalTo("vendorId"));
            as(operator).body(Map.of("name", "Bad id")).patch(VENDORS + "/123")
                        .then().statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
        }
    }

    @Nested
    class Rebuild {

        @Autowired
        private JdbcTemplate jdbc;

        @Test
        void theDirectoryRebuildsToExactlyTheSameRows() {
            String acme = register(fullVendor());
            patch(acme, Map.of("serviceRegions", List.of("Harbour", "North", "East"), "status", "SUSPENDED"))
                    .statusCode(200);
            patch(acme, Map.of("serviceRegions", List.of("East"), "insuranceExpiresOn", "2030-01-01"))
                    .statusCode(200);
            String solo = register("Solo Handyman");
            patch(solo, body("email", "solo@handy.test", "licenceExpiresOn", null, "w9OnFile", true)).statusCode(200);
            Map<String, List<Map<String, Object>>> before = vendorTables();
            assertThat(before.get("vendor_view")).hasSizeGreaterThanOrEqualTo(2);

            Member platform = tenants.platformOperator();
            as(platform).post("/api/v1/admin/projections/vendor-directory/rebuild")
                        .then().statusCode(202).body("data.name", equalTo("vendor-directory"));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                JsonPath status = as(platform).get("/api/v1/admin/projections/vendor-directory")
                                              .then().statusCode(200).extract().jsonPath();
                assertThat(status.getString("data.state")).isEqualTo("RUNNING");
                // Every segment, not just those that have reported (see ProjectionRebuildTest).
                assertThat(status.getInt("data.segmentsClaimed")).isPositive()
                                                                 .isEqualTo(status.getInt("data.segments"));
                assertThat(status.getLong("data.lag")).isZero();
            });

            assertThat(vendorTables()).isEqualTo(before);
            as(operator).get(VENDORS + "/" + acme).then().body("data.serviceRegions", equalTo(List.of("East")))
                        .body("data.status", equalTo("SUSPENDED"));
        }

        private Map<String, List<Map<String, Object>>> vendorTables() {
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            for (String table : List.of("vendor_view", "vendor_service_region")) {
                tables.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2"));
            }
            return tables;
        }
    }
}
