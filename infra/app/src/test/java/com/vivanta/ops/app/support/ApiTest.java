package com.vivanta.ops.app.support;

import com.vivanta.ops.api.access.Permission;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the HTTP-level tests: the whole application on a random port, on a real embedded PostgreSQL.
 * All subclasses share one application context (and one database), so each test makes its own tenant
 * to stay independent of the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestTenants tenants;

    @BeforeEach
    void pointRestAssuredAtTheApp() {
        RestAssured.port = port;
    }

    /** A request without credentials. */
    protected RequestSpecification anonymous() {
        return RestAssured.given().spec(new RequestSpecBuilder().setPort(port).setContentType(ContentType.JSON)
                                                                 .build());
    }

    /** A request as the given user, signed in through the real login endpoint. */
    protected RequestSpecification as(TestTenants.Member member) {
        return anonymous().auth().oauth2(tenants.tokenOf(member, port));
    }

    /** How many permissions an organization's role can grant: the catalogue without the platform-only ones. */
    protected static int grantablePermissions() {
        return (int) Arrays.stream(Permission.values()).filter(permission -> !permission.platformOnly()).count();
    }
}
