package com.vivanta.ops.platform.web;

import com.vivanta.ops.platform.security.PermissionInterceptor;
import java.time.Instant;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the platform's web conventions into Spring MVC. */
@Configuration(proxyBeanMethods = false)
public class WebConventions implements WebMvcConfigurer {

    private final PermissionInterceptor permissionInterceptor;

    public WebConventions(PermissionInterceptor permissionInterceptor) {
        this.permissionInterceptor = permissionInterceptor;
    }

    /**
     * Query parameters accept enum values in any case ({@code ?priority=urgent}), like JSON bodies do, and
     * instants only within {@link PlausibleInstants}.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        ApplicationConversionService.addApplicationConverters(registry);
        registry.addConverter(String.class, Instant.class, text -> {
            Instant instant = Instant.parse(text.trim());
            if (!PlausibleInstants.accepts(instant)) {
                throw new IllegalArgumentException(text + " " + PlausibleInstants.REASON);
            }
            return instant;
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(permissionInterceptor).addPathPatterns("/api/**");
    }
}
