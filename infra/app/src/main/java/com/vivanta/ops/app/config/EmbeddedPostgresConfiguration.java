package com.vivanta.ops.app.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no database configured ({@code VIVANTA_DB_URL} unset), the application starts a real PostgreSQL
 * of its own, from binaries shipped as a Maven artifact, so that nothing but Java is needed to run it.
 * Its data directory persists across restarts. Spring stops it after Axon and the connection pool, not
 * through a JVM shutdown hook that could pull the database away while processors still commit.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatabaseConfigured.class)
@EnableConfigurationProperties(EmbeddedPostgresConfiguration.EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * Where and how the embedded PostgreSQL runs.
     *
     * @param dataDirectory    the cluster's data; kept between starts unless {@code cleanDataDirectory}
     * @param workingDirectory where the server binaries are unpacked (once)
     * @param port             fixed port, or 0 for any free one
     * @param durable          flush every commit to disk, as a system of record must; the embedded
     *                         server's own defaults (fsync and synchronous commit off) suit throw-away
     *                         test databases only
     * @param serverSettings   further PostgreSQL server settings, applied after the ones above (so they
     *                         win); empty by default. The load benchmark turns on
     *                         {@code track_commit_timestamp} with it to measure projection lag. Map keys
     *                         hold underscores, so give them in brackets, e.g. the application argument
     *                         {@code --vivanta.embedded-db.server-settings[track_commit_timestamp]=on}
     */
    @ConfigurationProperties("vivanta.embedded-db")
    public record EmbeddedDatabaseProperties(Path dataDirectory, Path workingDirectory, int port,
                                             boolean cleanDataDirectory, boolean durable,
                                             Map<String, String> serverSettings) {

        public EmbeddedDatabaseProperties {
            serverSettings = serverSettings == null ? Map.of() : Map.copyOf(serverSettings);
        }
    }

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        Files.createDirectories(properties.workingDirectory());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setOverrideWorkingDirectory(properties.workingDirectory().toFile())
                .setCleanDataDirectory(properties.cleanDataDirectory())
                .setRegisterShutdownHook(false);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        if (properties.durable()) {
            builder.setServerConfig("fsync", "on")
                   .setServerConfig("synchronous_commit", "on")
                   .setServerConfig("full_page_writes", "on");
        }
        properties.serverSettings().forEach(builder::setServerConfig);
        if (!properties.serverSettings().isEmpty()) {
            log.info("Embedded PostgreSQL runs with the extra settings {}", properties.serverSettings());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL is up at {} (data in {})", postgres.getJdbcUrl("postgres", "postgres"),
                 properties.dataDirectory().toAbsolutePath());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    public DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("vivanta-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    static class NoDatabaseConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
