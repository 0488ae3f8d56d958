package com.vivanta.ops.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.vivanta.ops.app.support.ApiTest;
import com.vivanta.ops.app.support.TestTenants.Tenant;
import com.vivanta.ops.platform.security.AuthenticatedOnly;
import com.vivanta.ops.platform.security.RequireAnyPermission;
import com.vivanta.ops.platform.security.RequirePermissions;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Conventions every endpoint follows, checked across the whole API rather than endpoint by endpoint. */
class ApiConventionsTest extends ApiTest {

    /** The only API routes anyone may call without signing in. */
    private static final Set<String> PUBLIC_ROUTES = Set.of("POST /api/v1/auth/login");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointDeclaresItsAccessRule() {
        List<String> undeclared = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> isApi(entry.getKey()))
                .filter(entry -> !PUBLIC_ROUTES.contains(route(entry.getKey())))
                .filter(entry -> !declaresAccess(entry.getValue()))
                .map(entry -> route(entry.getKey()))
                .toList();

        assertThat(mappings.getHandlerMethods().keySet().stream().filter(ApiConventionsTest::isApi)).hasSizeGreaterThan(8);
        assertThat(undeclared).as("endpoints without @RequirePermissions/@RequireAnyPermission/@AuthenticatedOnly")
                              .isEmpty();
    }

    @Test
    void theCorrelationIdIsEchoedAndAnUnsafeOneIsReplaced() {
        Tenant tenant = tenants.newTenant();
        as(tenant.admin()).header("X-Correlation-Id", "order-4711").get("/api/v1/cases")
                          .then().header("X-Correlation-Id", "order-4711")
                          .header("X-Request-Id", notNullValue());
        as(tenant.admin()).header("X-Correlation-Id", "<script>alert(1)</script>").get("/api/v1/cases")
                          .then().header("X-Correlation-Id", not(equalTo("<script>alert(1)</script>")));
    }

    @Test
    void routingErrorsAreProblemsToo() {
        Tenant tenant = tenants.newTenant();
        as(tenant.admin()).get("/api/v1/no-such-thing")
                          .then().statusCode(404).contentType("application/problem+json")
                          .body("code", equalTo("NOT_FOUND"));
        as(tenant.admin()).delete("/api/v1/cases")
                          .then().statusCode(405).body("code", equalTo("METHOD_NOT_ALLOWED"));
        as(tenant.admin()).contentType("text/plain").body("hello").post("/api/v1/cases")
                          .then().statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        as(tenant.admin()).body("").post("/api/v1/cases")
                          .then().statusCode(400).body("requestId", notNullValue());
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        anonymous().get("/v3/api-docs")
                   .then().statusCode(200)
                   .body("openapi", notNullValue())
                   .body("paths", hasKey("/api/v1/cases"));
        anonymous().redirects().follow(true).get("/swagger-ui.html").then().statusCode(200);
    }

    @Test
    void aListAnswerCarriesThePagingMeta() {
        Tenant tenant = tenants.newTenant();
        as(tenant.admin()).get("/api/v1/cases")
                          .then().statusCode(200)
                          .body("meta", hasKey("requestId"))
                          .body("meta.total", equalTo(0))
                          .body("meta.limit", equalTo(25))
                          .body("meta.offset", equalTo(0));
    }

    private static boolean isApi(RequestMappingInfo info) {
        return info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
    }

    private static String route(RequestMappingInfo info) {
        return info.getMethodsCondition().getMethods().stream().findFirst().map(Enum::name).orElse("ANY") + " "
                + info.getPatternValues().iterator().next();
    }

    private static boolean declaresAccess(HandlerMethod method) {
        for (Class<? extends Annotation> rule : List.of(RequirePermissions.class, RequireAnyPermission.class,
                                                         AuthenticatedOnly.class)) {
            if (AnnotatedElementUtils.hasAnnotation(method.getMethod(), rule)
                    || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), rule)) {
                return true;
            }
        }
        return false;
    }
}
