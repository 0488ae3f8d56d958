package com.vivanta.ops.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The opt-in demo portfolio, loaded at start and loaded again without doubling anything. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vivanta.demo-data.enabled=true")
@ActiveProfiles("test")
class DemoPortfolioTest {

    @LocalServerPort
    private int port;
    @Autowired
    private List<ApplicationRunner> runners;
    @Autowired
    private JdbcTemplate jdbc;

    private RequestSpecification as(String email, String password) {
        String token = RestAssured.given().port(port).contentType(ContentType.JSON)
                                  .body(Map.of("email", email, "password", password))
                                  .post("/api/v1/auth/login").then().statusCode(200)
                                  .extract().path("data.accessToken");
        return RestAssured.given().port(port).auth().oauth2(token);
    }

    @Test
    void aRealisticPortfolioIsLoadedOnceEvenWhenLoadedAgain() throws Exception {
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : runners) {
            runner.run(none);
        }

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = ?", Long.class,
                                       "com.vivanta.ops.api.properties.UnitAddedEvent")).isEqualTo(40L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = ?", Long.class,
                                       "com.vivanta.ops.api.properties.OwnerLinkedEvent")).isEqualTo(5L);
        RequestSpecification admin = as("admin@vivanta.local", "Test-Admin-Password-1");
        admin.get("/api/v1/properties").then().body("meta.total", equalTo(3));
        admin.get("/api/v1/owners").then().body("meta.total", equalTo(5));
        admin.get("/api/v1/vendors").then().body("meta.total", equalTo(8));
        admin.queryParam("userType", "OWNER").get("/api/v1/users").then().body("meta.total", equalTo(5));
        int units = 0;
        List<String> properties = admin.get("/api/v1/properties").then().extract().path("data.id");
        for (String property : properties) {
            units += as("admin@vivanta.local", "Test-Admin-Password-1")
                    .get("/api/v1/properties/" + property + "/units").then().extract().<Integer>path("meta.total");
        }
        assertThat(units).isEqualTo(40);
        String roofer = admin.queryParam("tradeCategory", "roofing").get("/api/v1/vendors").then()
                             .extract().path("data[0].id");
        as("admin@vivanta.local", "Test-Admin-Password-1").get("/api/v1/vendors/" + roofer + "/compliance")
                .then().body("data.dispatchable", equalTo(false))
                .body("data.reasons", hasItem("INSURANCE_EXPIRED"));

        as("ops@vivanta.demo", "Demo-Staff-Password-1").get("/api/v1/cases").then().statusCode(200);
        as("finance@vivanta.demo", "Demo-Staff-Password-1").get("/api/v1/auth/me")
                .then().body("data.permissions", hasItem("invoice.approve"));
        as("portal.alice.chen@owners.demo", "Demo-Owner-Password-1").get("/api/v1/auth/me")
                .then().body("data.user.userType", equalTo("OWNER"))
                .body("data.permissions", hasItem("portal.read"));
    }
}
