package com.vivanta.ops.app.platform;

import static org.hamcrest.Matchers.equalTo;

import com.vivanta.ops.app.VivantaOpsApplication;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded database keeps its data: what was written before a restart is there after it. Runs the
 * application twice on the same data directory, the way a user stops and starts it.
 */
class RestartPersistenceTest {

    @TempDir
    Path home;

    @Test
    void casesSurviveARestart() {
        String caseId;
        try (ConfigurableApplicationContext first = start()) {
            String token = login(port(first));
            caseId = RestAssured.given().port(port(first)).contentType(ContentType.JSON).auth().oauth2(token)
                                .body(Map.of("caseType", "maintenance", "title", "Survives restarts"))
                                .post("/api/v1/cases")
                                .then().statusCode(201).extract().path("data.id");
        }
        try (ConfigurableApplicationContext second = start()) {
            String token = login(port(second));
            RestAssured.given().port(port(second)).auth().oauth2(token)
                       .get("/api/v1/cases/" + caseId)
                       .then().statusCode(200)
                       .body("data.title", equalTo("Survives restarts"));
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank the test profile's fresh-database-per-context settings.
        return new SpringApplicationBuilder(VivantaOpsApplication.class)
                .profiles("test")
                .run("--server.port=0",
                     "--vivanta.home=" + home,
                     "--vivanta.embedded-db.data-directory=" + home.resolve("pgdata"),
                     "--vivanta.embedded-db.clean-data-directory=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static String login(int port) {
        return RestAssured.given().port(port).contentType(ContentType.JSON)
                          .body(Map.of("email", "admin@vivanta.local", "password", "Test-Admin-Password-1"))
                          .post("/api/v1/auth/login")
                          .then().statusCode(200).extract().path("data.accessToken");
    }
}
