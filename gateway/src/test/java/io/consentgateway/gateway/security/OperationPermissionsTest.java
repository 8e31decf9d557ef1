package io.consentgateway.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consentgateway.policies.access.Permission;
import io.consentgateway.policies.access.RolePermissions;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The spec is the one place that says who may call what: every operation declares a permission a role holds. */
class OperationPermissionsTest {

    private final OperationPermissions permissions = OperationPermissions.fromClasspath();
    private final RolePermissions roles = RolePermissions.standard();

    @Test
    void everyOperationInTheSpecDeclaresAPermission() throws IOException {
        Set<String> operations = new HashSet<>();
        try (InputStream spec = getClass().getResourceAsStream("/openapi.yaml")) {
            Map<?, ?> paths = (Map<?, ?>)
                    ((Map<?, ?>) new Yaml(new SafeConstructor(new LoaderOptions())).load(spec)).get("paths");
            paths.forEach((path, byMethod) -> ((Map<?, ?>) byMethod)
                    .keySet()
                    .forEach(method -> operations.add(String.valueOf(method).toUpperCase() + " " + path)));
        }
        assertThat(operations).isNotEmpty();
        assertThat(permissions.all().keySet())
                .as("operations with x-permission")
                .containsExactlyInAnyOrderElementsOf(operations);
    }

    // PIPL Art. 51: least privilege, and no permission that no role can ever hold.
    @Test
    void everyDeclaredPermissionIsHeldBySomeRole() {
        permissions.all().forEach((operation, permission) -> {
            if (!OperationPermissions.PUBLIC.equals(permission)
                    && !OperationPermissions.AUTHENTICATED.equals(permission)) {
                assertThat(roles.roles().stream()
                                .anyMatch(role -> roles.permissionsOf(role).contains(new Permission(permission))))
                        .as("%s needs %s", operation, permission)
                        .isTrue();
            }
        });
    }

    @Test
    void publicPathsAreExactlyThoseWhoseOperationsAreAllPublic() {
        assertThat(permissions.publicPathPatterns())
                .contains(
                        "/api/v1/notices/current",
                        "/api/v1/notices/*",
                        "/api/v1/consent-receipts/verify",
                        "/api/v1/login-options")
                .doesNotContain("/api/v1/notices", "/api/v1/me/consents", "/api/v1/session");
    }

    @Test
    void authenticatedIsDeclaredByOperationsButGrantedToNoRole() {
        assertThat(permissions.permissionFor("GET", "/api/v1/session")).contains(OperationPermissions.AUTHENTICATED);
        assertThatThrownBy(() -> new Permission(OperationPermissions.AUTHENTICATED))
                .as("the policy file cannot even name it")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownOperationsHaveNoPermission() {
        assertThat(permissions.permissionFor("DELETE", "/api/v1/subjects/{subjectId}"))
                .isEmpty();
        assertThat(permissions.permissionFor("GET", "/api/v1/subjects/{subjectId}"))
                .contains("subject:read:masked");
    }
}
