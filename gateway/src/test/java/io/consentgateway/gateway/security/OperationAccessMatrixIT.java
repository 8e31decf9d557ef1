package io.consentgateway.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.policies.access.Permission;
import io.consentgateway.policies.access.Role;
import io.consentgateway.policies.access.RolePermissions;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every operation the spec declares, called by every role and by nobody: roles holding the operation's permission
 * get past authorisation (whatever the operation then says about the dummy input), every other role gets 403,
 * anonymous callers 401 — except operations declared public.
 */
@GatewayIntegrationTest
class OperationAccessMatrixIT {

    private static final String ANY_ID = "00000000-0000-0000-0000-000000000000";

    @LocalServerPort
    int port;

    @Autowired
    OperationPermissions operations;

    @Autowired
    RolePermissions roles;

    @Test
    void everyOperationAdmitsExactlyTheRolesHoldingItsPermission() {
        GatewayHttp gateway = new GatewayHttp(port);
        assertThat(operations.all()).hasSizeGreaterThan(10);
        operations.all().forEach((operation, permission) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = concrete(operation.substring(operation.indexOf(' ') + 1));
            boolean publicOperation = OperationPermissions.PUBLIC.equals(permission);

            int anonymous = call(gateway, method, null, path);
            if (publicOperation) {
                assertThat(anonymous).as("%s anonymous", operation).isNotIn(401, 403);
            } else {
                assertThat(anonymous).as("%s anonymous", operation).isEqualTo(401);
            }
            for (DemoUser user : DemoUser.values()) {
                boolean permitted = publicOperation
                        || roles.permissionsOf(new Role(user.name().toLowerCase(Locale.ROOT)))
                                .contains(new Permission(permission));
                int status = call(gateway, method, user, path);
                if (permitted) {
                    assertThat(status).as("%s as %s", operation, user).isNotIn(401, 403);
                } else {
                    assertThat(status).as("%s as %s", operation, user).isEqualTo(403);
                }
            }
        });
    }

    private static int call(GatewayHttp gateway, String method, DemoUser user, String path) {
        return switch (method) {
            case "GET" -> gateway.get(user, path).status();
            case "PUT" -> gateway.put(user, path, Map.of()).status();
            // an empty object: enough to reach authorisation, never a valid ingest batch or rotation trigger body
            case "POST" ->
                gateway.postRaw(user, path, path.endsWith("/rotations") ? "" : "{}")
                        .status();
            default -> throw new IllegalStateException("untested method " + method);
        };
    }

    private static String concrete(String template) {
        return template.replace("{channel}", "web").replace("{version}", "1").replaceAll("\\{[^}]+}", ANY_ID);
    }
}
