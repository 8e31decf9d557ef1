package io.consentgateway.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.gateway.testing.FreshDataDirectory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * With {@code spring.datasource.url} set, the gateway uses that PostgreSQL and starts none of its own. The
 * "external" server here is a separate PostgreSQL process started before the gateway and stopped after it.
 */
@SpringBootTest(properties = "gateway.keys.password=integration-test-keystore")
@ContextConfiguration(initializers = {FreshDataDirectory.class, ExternalPostgresIT.ExternalServer.class})
class ExternalPostgresIT {

    @Autowired
    ApplicationContext context;

    @Test
    void aConfiguredDatasourceReplacesTheEmbeddedDatabase() {
        assertThat(context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable())
                .isNull();
        JdbcTemplate external = new JdbcTemplate(ExternalServer.running.getPostgresDatabase());
        assertThat(external.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
                .as("Flyway migrated the external database")
                .isPositive();
        assertThat(external.queryForObject("select count(*) from subject", Long.class))
                .isZero();
    }

    /** Starts the external server first and registers it to stop after every bean that uses it. */
    static final class ExternalServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static EmbeddedPostgres running;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Path directory = Files.createTempDirectory(Path.of("target"), "external-postgres-");
                running = EmbeddedPostgres.builder().setDataDirectory(directory).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestPropertyValues.of(
                            "spring.datasource.url=" + running.getJdbcUrl("postgres", "postgres"),
                            "spring.datasource.username=postgres")
                    .applyTo(context);
            EmbeddedPostgres server = running;
            ((DefaultListableBeanFactory) context.getBeanFactory())
                    .registerDisposableBean("externalPostgresServer", server::close);
        }
    }
}
