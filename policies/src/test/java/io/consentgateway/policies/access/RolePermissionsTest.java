package io.consentgateway.policies.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolePermissionsTest {

    private final RolePermissions standard = RolePermissions.standard();

    @Test
    void everyRealmRoleHasPermissions() {
        assertThat(standard.roles())
                .extracting(Role::name)
                .containsExactlyInAnyOrder(
                        "integrator", "operations", "analyst", "admin", "compliance", "customer", "processor");
        standard.roles()
                .forEach(role ->
                        assertThat(standard.permissionsOf(role)).as(role.name()).isNotEmpty());
    }

    // PIPL Art. 51: least privilege; only admin may read unmasked PI.
    @Test
    void onlyAdminMayReadFullSubjects() {
        Permission full = new Permission("subject:read:full");
        assertThat(standard.roles().stream()
                        .filter(role -> standard.permissionsOf(role).contains(full)))
                .extracting(Role::name)
                .containsExactly("admin");
    }

    @Test
    void permissionsOfSeveralRolesAreTheirUnion() {
        assertThat(standard.permissionsOf(List.of(new Role("integrator"), new Role("operations"))))
                .contains(new Permission("ingest:write"), new Permission("subject:read:masked"));
    }

    @Test
    void aMalformedFileFailsNamingTheFileAndRole() {
        String yaml = "roles:\n  operations:\n    - subject read\n";
        assertThatThrownBy(() -> RolePermissions.load(
                        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "broken.yaml"))
                .isInstanceOf(InvalidPolicyFileException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("operations");
    }
}
