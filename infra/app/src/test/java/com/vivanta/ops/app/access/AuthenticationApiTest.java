package com.vivanta.ops.app.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

class AuthenticationApiTest extends ApiTest {

    @Value("${vivanta.security.jwt-secret}")
    private String signingSecret;

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
    void refusesATokenThatNeverExpiresEvenWithAValidSignature() throws Exception {
        TestTenants.Tenant tenant = tenants.newTenant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("vivanta-ops")
                .subject(tenant.admin().userId().toString())
                .claim("org", tenant.organizationId().toString())
                .issueTime(new Date())
                .build();
        SignedJWT forever = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        forever.sign(new MACSigner(signingSecret.getBytes(StandardCharsets.UTF_8)));

        anonymous().auth().oauth2(forever.serialize()).get("/api/v1/auth/me")
                   .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void metricsAreForThePlatformOperatorOnly() {
        TestTenants.Tenant tenant = tenants.newTenant();
        anonymous().get("/actuator/metrics").then().statusCode(401);
        as(tenant.admin()).get("/actuator/metrics").then().statusCode(403);
        as(tenants.platformOperator()).get("/actuator/metrics").then().statusCode(200);
        anonymous().get("/actuator/health").then().statusCode(200);
    }

    @Test
    void tenantAdministratorsDoNotHoldPlatformPermissions() {
        TestTenants.Tenant tenant = tenants.newTenant();
        as(tenant.admin()).get("/api/v1/auth/me")
                          .then().body("data.permissions", not(hasItem("platform.admin")))
                          .body("data.permissions.size()", equalTo(grantablePermissions()));
        as(tenants.platformOperator()).get("/api/v1/auth/me")
                                      .then().body("data.permissions", hasItem("platform.admin"));
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
