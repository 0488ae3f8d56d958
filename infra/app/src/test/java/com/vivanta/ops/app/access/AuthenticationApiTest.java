package com.vivanta.ops.app.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthenticationApiTest extends ApiTest {

    @Test
    void theDefaultAdministratorExistsFromTheFirstStart() {
        anonymous().body(Map.of("email", "admin@vivanta.local", "password", "Test-Admin-Password-1"))
                   .post("/api/v1/auth/login")
                   .then().statusCode(200)
                   .body("data.tokenType", equalTo("Bearer"))
                   .body("data.accessToken", notNullValue())
                   .body("data.expiresIn", equalTo(8 * 3600))
                   .body("meta.requestId", notNullValue());
    }

    @Test
    void signsInWithTheRightPasswordAndShowsWhoIAm() {
        TestTenants.Tenant tenant = tenants.newTenant();

        as(tenant.admin()).get("/api/v1/auth/me")
                          .then().statusCode(200)
                          .body("data.user.email", equalTo(tenant.admin().email()))
                          .body("data.user.passwordHash", equalTo(null))
                          .body("data.organization.slug", equalTo(tenant.slug()))
                          .body("data.permissions", hasItem("case.write"));
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
        TestTenants.Tenant tenant = tenants.newTenant();

        anonymous().body(Map.of("email", tenant.admin().email(), "password", "not-the-password"))
                   .post("/api/v1/auth/login")
                   .then().statusCode(401)
                   .contentType("application/problem+json")
                   .body("code", equalTo("INVALID_CREDENTIALS"))
                   .body("requestId", notNullValue());
        anonymous().body(Map.of("email", "nobody@nowhere.test", "password", "not-the-password"))
                   .post("/api/v1/auth/login")
                   .then().statusCode(401)
                   .body("code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void refusesAMalformedLoginRequestWithTheOffendingFields() {
        anonymous().body(Map.of("email", "not-an-email"))
                   .post("/api/v1/auth/login")
                   .then().statusCode(400)
                   .contentType("application/problem+json")
                   .body("code", equalTo("VALIDATION_FAILED"))
                   .body("errors.field", hasItem("email"))
                   .body("errors.field", hasItem("password"));
    }

    @Test
    void answers401WithoutOrWithABadToken() {
        anonymous().get("/api/v1/cases")
                   .then().statusCode(401)
                   .contentType("application/problem+json")
                   .header("WWW-Authenticate", startsWith("Bearer"))
                   .body("code", equalTo("UNAUTHENTICATED"))
                   .body("requestId", notNullValue());
        anonymous().auth().oauth2("not.a.token").get("/api/v1/cases")
                   .then().statusCode(401)
                   .body("code", equalTo("UNAUTHENTICATED"));
    }
}
