package io.consentgateway.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedPostgresConfigurationIT {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void aRestartOnTheSameDataDirectoryKeepsTheData(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres first = configuration.embeddedPostgres(dataDir, 0)) {
            JdbcTemplate jdbc = new JdbcTemplate(first.getPostgresDatabase());
            jdbc.execute("create table kept (id int primary key)");
            jdbc.update("insert into kept values (42)");
        }
        try (EmbeddedPostgres again = configuration.embeddedPostgres(dataDir, 0)) {
            DataSource dataSource = again.getPostgresDatabase();
            assertThat(new JdbcTemplate(dataSource).queryForObject("select id from kept", Integer.class))
                    .isEqualTo(42);
            assertThat(new JdbcTemplate(dataSource).queryForObject("show server_version", String.class))
                    .startsWith("17.");
        }
    }
}
