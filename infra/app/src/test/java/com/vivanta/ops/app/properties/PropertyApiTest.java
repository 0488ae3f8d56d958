package com.vivanta.ops.app.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Member;
import com.vivanta.ops.app.support.TestTenants.Tenant;
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

class PropertyApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    private Tenant tenant;
    private Member operator;

    @BeforeEach
    void newTenant() {
        tenant = tenants.newTenant();
        operator = tenants.member(tenant, "operations");
    }

    private String register(String code) {
        return as(operator).body(Map.of("propertyCode", code, "name", "Property " + code, "city", "Springfield",
                                         "countryCode", "us", "propertyType", "residential"))
                           .post("/api/v1/properties")
                           .then().statusCode(201).extract().path("data.id");
    }

    private String addBuilding(String propertyId, String code) {
        return as(operator).body(Map.of("name", "Building " + code, "buildingCode", code))
                           .post("/api/v1/properties/" + propertyId + "/buildings")
                           .then().statusCode(201).extract().path("data.id");
    }

    private String addUnit(String propertyId, Map<String, Object> body) {
        return as(operator).body(body).post("/api/v1/properties/" + propertyId + "/units")
                           .then().statusCode(201).extract().path("data.id");
    }

    @Nested
    class Properties {

        @Test
        void registersReadsListsAndRevises() {
            String id = register("SPR-1");
            as(operator).get("/api/v1/properties/" + id)
                        .then().statusCode(200)
                        .body("data.propertyCode", equalTo("SPR-1"))
                        .body("data.countryCode", equalTo("US"))
                        .body("data.status", equalTo("ACTIVE"))
                        .body("data.propertyType", equalTo("RESIDENTIAL"));
            Map<String, Object> patch = new HashMap<>();
            patch.put("name", "Springfield Court");
            patch.put("city", null);
            patch.put("status", "INACTIVE");
            patch.put("managerUserId", operator.userId().toString());
            as(operator).body(patch).patch("/api/v1/properties/" + id)
                        .then().statusCode(200)
                        .body("data.name", equalTo("Springfield Court"))
                        .body("data.city", nullValue())
                        .body("data.countryCode", equalTo("US"))
                        .body("data.status", equalTo("INACTIVE"))
                        .body("data.managerUserId", equalTo(operator.userId().toString()));
            register("SHB-1");
            as(operator).queryParam("search", "COURT").get("/api/v1/properties")
                        .then().body("data.id", equalTo(List.of(id)));
            as(operator).queryParam("status", "INACTIVE").get("/api/v1/properties")
                        .then().body("meta.total", equalTo(1));
            as(operator).queryParam("limit", 1).get("/api/v1/properties")
                        .then().body("meta.total", equalTo(2)).body("data.size()", equalTo(1));
        }

        @Test
        void theCodeIsUniquePerOrganizationOnly() {
            register("DUP-1");
            as(operator).body(Map.of("propertyCode", "dup-1", "name", "Again", "propertyType", "COMMERCIAL"))
                        .post("/api/v1/properties")
                        .then().statusCode(409).body("code", equalTo("DUPLICATE"))
                        .body("details.field", equalTo("propertyCode"));
            Member elsewhere = tenants.newTenant().admin();
            as(elsewhere).body(Map.of("propertyCode", "DUP-1", "name", "Fine here", "propertyType", "COMMERCIAL"))
                         .post("/api/v1/properties")
                         .then().statusCode(201);
            String other = register("DUP-2");
            as(operator).body(Map.of("propertyCode", "DUP-1")).patch("/api/v1/properties/" + other)
                        .then().statusCode(409).body("code", equalTo("DUPLICATE"));
        }

        @Test
        void ofTwentySimultaneousRegistrationsOfOneCodeExactlyOneWins() throws Exception {
            String code = "RACE-" + UUID.randomUUID().toString().substring(0, 6);
            ExecutorService threads = Executors.newFixedThreadPool(20);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int attempt = i;
                statuses.add(threads.submit(() -> {
                    start.await();
                    return as(operator).body(Map.of("propertyCode", code, "name", "Racer " + attempt,
                                                    "propertyType", "RESIDENTIAL"))
                                       .post("/api/v1/properties").then().extract().statusCode();
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
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = ? "
                                                   + "AND convert_from(payload, 'UTF8')::jsonb ->> 'propertyCode' = ?",
                                           Long.class, "com.vivanta.ops.api.properties.PropertyRegisteredEvent",
                                           code)).isEqualTo(1L);
        }

        @Test
        void refusesInvalidInput() {
            as(operator).body(Map.of("propertyCode", "X", "name", "Y", "countryCode", "USA"))
                        .post("/api/v1/properties")
                        .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                        .body("errors.field", hasItems("propertyCode", "name", "countryCode", "propertyType"));
            as(operator).body(Map.of("propertyCode", "OK-1", "name", "Okay", "propertyType", "CASTLE"))
                        .post("/api/v1/properties")
                        .then().statusCode(400).body("errors[0].field", equalTo("propertyType"));
            as(operator).body(Map.of("propertyCode", "OK-2", "name", "Okay", "propertyType", "LAND",
                                     "status", "ARCHIVED"))
                        .post("/api/v1/properties")
                        .then().statusCode(400).body("errors[0].field", equalTo("status"));
            as(operator).body(Map.of("propertyCode", "OK-3", "name", "Okay", "propertyType", "LAND",
                                     "managerUserId", UUID.randomUUID().toString()))
                        .post("/api/v1/properties")
                        .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
            String id = register("OK-4");
            Map<String, Object> nullName = new HashMap<>();
            nullName.put("name", null);
            as(operator).body(nullName).patch("/api/v1/properties/" + id).then().statusCode(400);
        }

        @Test
        void archivingKeepsThePropertyButFreezesIt() {
            String id = register("OLD-1");
            as(operator).body(Map.of("reason", "Sold")).post("/api/v1/properties/" + id + "/archive")
                        .then().statusCode(200).body("data.status", equalTo("ARCHIVED"));
            as(operator).body(Map.of("name", "Renamed")).patch("/api/v1/properties/" + id)
                        .then().statusCode(409).body("code", equalTo("PROPERTY_ARCHIVED"));
            as(operator).body(Map.of("unitNumber", "1")).post("/api/v1/properties/" + id + "/units")
                        .then().statusCode(409);
            as(operator).body(Map.of("caseType", "maintenance", "title", "On an archived one", "propertyId", id))
                        .post("/api/v1/cases")
                        .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
            as(operator).get("/api/v1/properties/" + id).then().statusCode(200);
        }

        @Test
        void summarisesTheProperty() {
            String id = register("SUM-1");
            String building = addBuilding(id, "A");
            addUnit(id, Map.of("unitNumber", "1", "buildingId", building));
            addUnit(id, Map.of("unitNumber", "2"));
            as(operator).get("/api/v1/properties/" + id + "/summary")
                        .then().statusCode(200)
                        .body("data.property.id", equalTo(id))
                        .body("data.buildingCount", equalTo(1))
                        .body("data.unitCount", equalTo(2))
                        .body("data.ownerCount", equalTo(0));
        }
    }

    @Nested
    class BuildingsAndUnits {

        @Test
        void buildingsHaveCodesUniqueWithinTheirProperty() {
            String id = register("BLD-1");
            String north = addBuilding(id, "N");
            as(operator).body(Map.of("name", "Also north", "buildingCode", "n"))
                        .post("/api/v1/properties/" + id + "/buildings")
                        .then().statusCode(409).body("code", equalTo("DUPLICATE"));
            as(operator).body(Map.of("buildingCode", "S")).post("/api/v1/properties/" + id + "/buildings")
                        .then().statusCode(400).body("errors[0].field", equalTo("name"));
            as(operator).body(Map.of("name", "North wing")).patch("/api/v1/properties/" + id + "/buildings/" + north)
                        .then().statusCode(200).body("data.name", equalTo("North wing"))
                        .body("data.buildingCode", equalTo("N"));
            as(operator).get("/api/v1/properties/" + id + "/buildings")
                        .then().statusCode(200).body("data.id", equalTo(List.of(north)))
                        .body("meta.total", equalTo(1));
            as(operator).body(Map.of("name", "Ghost"))
                        .patch("/api/v1/properties/" + id + "/buildings/" + UUID.randomUUID())
                        .then().statusCode(404);
        }

        @Test
        void unitsBelongToTheirPropertyAndItsBuildings() {
            String id = register("UNT-1");
            String building = addBuilding(id, "A");
            String otherProperty = register("UNT-2");
            String foreignBuilding = addBuilding(otherProperty, "Z");

            String unit = addUnit(id, Map.of("unitNumber", "1A", "buildingId", building, "floorLabel", "1",
                                             "squareMeters", 54.5, "bedroomCount", 2, "bathroomCount", 1.5));
            as(operator).get("/api/v1/properties/" + id + "/units/" + unit)
                        .then().statusCode(200)
                        .body("data.occupancyStatus", equalTo("VACANT"))
                        .body("data.buildingId", equalTo(building));
            as(operator).body(Map.of("unitNumber", "1a")).post("/api/v1/properties/" + id + "/units")
                        .then().statusCode(409).body("code", equalTo("DUPLICATE"));
            as(operator).body(Map.of("unitNumber", "2B", "buildingId", foreignBuilding))
                        .post("/api/v1/properties/" + id + "/units")
                        .then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"))
                        .body("errors[0].field", equalTo("buildingId"));
            as(operator).body(Map.of("unitNumber", "3C", "squareMeters", -1, "bedroomCount", 1.5))
                        .post("/api/v1/properties/" + id + "/units")
                        .then().statusCode(400);
            Map<String, Object> patch = new HashMap<>();
            patch.put("occupancyStatus", "OCCUPIED");
            patch.put("buildingId", null);
            as(operator).body(patch).patch("/api/v1/properties/" + id + "/units/" + unit)
                        .then().statusCode(200)
                        .body("data.occupancyStatus", equalTo("OCCUPIED"))
                        .body("data.buildingId", nullValue())
                        .body("data.floorLabel", equalTo("1"));
        }

        @Test
        void listsUnitsWithFiltersAndLargerPages() {
            String id = register("LST-1");
            String building = addBuilding(id, "A");
            for (int i = 1; i <= 3; i++) {
                addUnit(id, Map.of("unitNumber", "A" + i, "buildingId", building));
            }
            addUnit(id, Map.of("unitNumber", "B1", "occupancyStatus", "OCCUPIED"));
            as(operator).get("/api/v1/properties/" + id + "/units")
                        .then().statusCode(200).body("meta.total", equalTo(4)).body("meta.limit", equalTo(50));
            as(operator).queryParam("buildingId", building).get("/api/v1/properties/" + id + "/units")
                        .then().body("meta.total", equalTo(3));
            as(operator).queryParam("occupancyStatus", "occupied").get("/api/v1/properties/" + id + "/units")
                        .then().body("data.unitNumber", equalTo(List.of("B1")));
            as(operator).queryParam("search", "a2").get("/api/v1/properties/" + id + "/units")
                        .then().body("data.unitNumber", equalTo(List.of("A2")));
            as(operator).queryParam("limit", 200).get("/api/v1/properties/" + id + "/units").then().statusCode(200);
            as(operator).queryParam("limit", 201).get("/api/v1/properties/" + id + "/units").then().statusCode(400);
            as(operator).queryParam("buildingId", UUID.randomUUID()).get("/api/v1/properties/" + id + "/units")
                        .then().statusCode(400).body("errors[0].field", equalTo("buildingId"));
        }

        @Test
        void casesPointAtUnitsOfTheirProperty() {
            String id = register("CAS-1");
            String unit = addUnit(id, Map.of("unitNumber", "7"));
            String other = register("CAS-2");
            as(operator).body(Map.of("caseType", "maintenance", "title", "Right unit", "propertyId", id,
                                     "unitId", unit))
                        .post("/api/v1/cases").then().statusCode(201);
            as(operator).body(Map.of("caseType", "maintenance", "title", "Wrong unit", "propertyId", other,
                                     "unitId", unit))
                        .post("/api/v1/cases").then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        }
    }

    @Nested
    class Access {

        @Test
        void everyRouteNeedsItsPermission() {
            String id = register("PRM-1");
            String building = addBuilding(id, "A");
            String unit = addUnit(id, Map.of("unitNumber", "1"));
            Member finance = tenants.member(tenant, "finance");
            as(finance).get("/api/v1/properties").then().statusCode(403);
            as(finance).get("/api/v1/properties/" + id).then().statusCode(403);
            as(finance).get("/api/v1/properties/" + id + "/summary").then().statusCode(403);
            as(finance).get("/api/v1/properties/" + id + "/buildings").then().statusCode(403);
            as(finance).get("/api/v1/properties/" + id + "/units").then().statusCode(403);
            as(finance).get("/api/v1/properties/" + id + "/units/" + unit).then().statusCode(403);
            as(finance).get("/api/v1/properties/" + id + "/owners").then().statusCode(403);
            as(finance).body(Map.of("propertyCode", "NO-1", "name", "No", "propertyType", "LAND"))
                       .post("/api/v1/properties").then().statusCode(403);
            as(finance).body(Map.of("name", "No")).patch("/api/v1/properties/" + id).then().statusCode(403);
            as(finance).post("/api/v1/properties/" + id + "/archive").then().statusCode(403);
            as(finance).body(Map.of("name", "No")).post("/api/v1/properties/" + id + "/buildings").then().statusCode(403);
            as(finance).body(Map.of("name", "No")).patch("/api/v1/properties/" + id + "/buildings/" + building)
                       .then().statusCode(403);
            as(finance).body(Map.of("unitNumber", "9")).post("/api/v1/properties/" + id + "/units").then().statusCode(403);
            as(finance).body(Map.of("unitNumber", "9")).patch("/api/v1/properties/" + id + "/units/" + unit)
                       .then().statusCode(403);
        }

        @Test
        void anotherOrganizationSeesNothingAndChangesNothing() {
            String id = register("ISO-1");
            String building = addBuilding(id, "A");
            String unit = addUnit(id, Map.of("unitNumber", "1"));
            Member outsider = tenants.newTenant().admin();
            as(outsider).get("/api/v1/properties").then().statusCode(200).body("meta.total", equalTo(0))
                        .body("data.id", not(hasItem(id)));
            for (String path : List.of("", "/summary", "/buildings", "/units", "/units/" + unit, "/owners")) {
                as(outsider).get("/api/v1/properties/" + id + path).then().statusCode(404)
                            .body("code", equalTo("NOT_FOUND"));
            }
            as(outsider).body(Map.of("name", "Mine")).patch("/api/v1/properties/" + id).then().statusCode(404);
            as(outsider).post("/api/v1/properties/" + id + "/archive").then().statusCode(404);
            as(outsider).body(Map.of("name", "Mine")).post("/api/v1/properties/" + id + "/buildings")
                        .then().statusCode(404);
            as(outsider).body(Map.of("name", "Mine")).patch("/api/v1/properties/" + id + "/buildings/" + building)
                        .then().statusCode(404);
            as(outsider).body(Map.of("unitNumber", "2")).post("/api/v1/properties/" + id + "/units")
                        .then().statusCode(404);
            as(outsider).body(Map.of("unitNumber", "2")).patch("/api/v1/properties/" + id + "/units/" + unit)
                        .then().statusCode(404);
            as(outsider).body(Map.of("caseType", "maintenance", "title", "Theirs", "propertyId", id))
                        .post("/api/v1/cases").then().statusCode(400).body("code", equalTo("INVALID_REFERENCE"));
            as(operator).get("/api/v1/properties/" + id).then().body("data.name", equalTo("Property ISO-1"));
        }
    }
}
