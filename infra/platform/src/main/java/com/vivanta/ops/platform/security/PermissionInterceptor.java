package com.vivanta.ops.platform.security;

import com.vivanta.ops.api.access.Permission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks an endpoint's {@link RequirePermissions} (all-of) and {@link RequireAnyPermission} (any-of)
 * against the actor's current permissions before the endpoint runs. A method's annotation overrides
 * its class's.
 */
@Component
public class PermissionInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequirePermissions allOf = find(method, RequirePermissions.class);
        RequireAnyPermission anyOf = find(method, RequireAnyPermission.class);
        if (allOf == null && anyOf == null) {
            return true;
        }
        Actor actor = CurrentActor.find()
                .orElseThrow(() -> new PermissionDeniedException(keys(allOf != null ? allOf.value() : anyOf.value()),
                                                                 allOf != null ? "all-of" : "any-of"));
        if (allOf != null && !Arrays.stream(allOf.value()).allMatch(actor::holds)) {
            throw new PermissionDeniedException(keys(allOf.value()), "all-of");
        }
        if (anyOf != null && Arrays.stream(anyOf.value()).noneMatch(actor::holds)) {
            throw new PermissionDeniedException(keys(anyOf.value()), "any-of");
        }
        return true;
    }

    private static <A extends java.lang.annotation.Annotation> A find(HandlerMethod method, Class<A> type) {
        A onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), type);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), type);
    }

    private static List<String> keys(Permission[] permissions) {
        return Arrays.stream(permissions).map(Permission::key).toList();
    }
}
