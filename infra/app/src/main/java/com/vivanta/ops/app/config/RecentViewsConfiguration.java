package com.vivanta.ops.app.config;

import com.vivanta.ops.platform.messaging.AnnouncingQueryUpdateEmitter;
import com.vivanta.ops.platform.messaging.RecentViews;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link AnnouncingQueryUpdateEmitter} in front of the query update emitter Axon's auto-configuration
 * makes, so that projections, the query bus and command endpoints all use the one that remembers.
 */
@Configuration(proxyBeanMethods = false)
public class RecentViewsConfiguration {

    @Bean
    public static BeanPostProcessor announcingQueryUpdateEmitter(ObjectProvider<RecentViews> recentViews) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof QueryUpdateEmitter emitter && !(bean instanceof AnnouncingQueryUpdateEmitter)
                        ? new AnnouncingQueryUpdateEmitter(emitter, recentViews.getObject()) : bean;
            }
        };
    }
}
