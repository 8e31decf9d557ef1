package io.consentgateway.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.policies.access.Permission;
import io.consentgateway.policies.access.Role;
import io.consentgateway.policies.access.RolePermissions;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every operation the spec declares, called by every role and by nobody: roles holding the operation's permission
 * get past authorisation (whatever the operation then says about the dummy input), every other role gets 403,
 * anonymous callers 401 — except operations declared public; operations declared authenticated admit every role.
 * Run once with the development realm and once with real Keycloak tokens, so both realms are held to the same policy
 * file.
 */
abstract class OperationAccessMatrix {

    private static final String ANY_ID = "00000000-0000-0000-0000-000000000000";

    @LocalServerPort
    int port;

    @Autowired
    OperationPermissions operations;

    @Autowired
    RolePermissions roles;

    /** The Authorization header value that makes the gateway see this demo user. */
    abstract String authorizationOf(DemoUser user);

    /**
     * The Authorization header of an entrusted processor's system (role {@code processor}, PIPL Art. 21), which
     * signs in as its own client rather than as a demo user.
     */
    abstract String processorAuthorization();

    @Test
    void everyOperationAdmitsExactlyTheRolesHoldingItsPermission() {
        GatewayHttp gateway = new GatewayHttp(port);
        assertThat(operations.all()).hasSizeGreaterThan(10);
        operations.all().forEach((operation, permission) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = concrete(operation.substring(operation.indexOf(' ') + 1));
            boolean publicOperation = OperationPermissions.PUBLIC.equals(permission);
            boolean anyCaller = OperationPermissions.AUTHENTICATED.equals(permission);

            int anonymous = call(gateway, method, null, path);
            if (publicOperation) {
                assertThat(anonymous).as("%s anonymous", operation).isNotIn(401, 403);
            } else {
                assertThat(anonymous).as("%s anonymous", operation).isEqualTo(401);
            }
            for (DemoUser user : DemoUser.values()) {
                boolean permitted = publicOperation
                        || anyCaller
                        || roles.permissionsOf(new Role(user.name().toLowerCase(Locale.ROOT)))
                                .contains(new Permission(permission));
                int status = call(gateway, method, authorizationOf(user), path);
                if (permitted) {
                    assertThat(status).as("%s as %s", operation, user).isNotIn(401, 403);
                } else {
                    assertThat(status).as("%s as %s", operation, user).isEqualTo(403);
                }
            }
            boolean processorPermitted = publicOperation
                    || anyCaller
                    || roles.permissionsOf(new Role("processor")).contains(new Permission(permission));
            int asProcessor = call(gateway, method, processorAuthorization(), path);
            if (processorPermitted) {
                // 403 stays possible here: with no contract for the caller the operation itself refuses, naming why
                assertThat(asProcessor).as("%s as processor", operation).isNotIn(401);
            } else {
                assertThat(asProcessor).as("%s as processor", operation).isEqualTo(403);
            }
        });
    }

    private int call(GatewayHttp gateway, String method, String authorization, String path) {
        String body = switch (method) {
            case "GET", "DELETE" -> null;
            // an empty object: enough to reach authorisation, never a valid ingest batch or rotation body
            case "PUT", "POST" -> path.endsWith("/rotations") ? "" : "{}";
            default -> throw new IllegalStateException("untested method " + method);
        };
        return gateway.call(method, authorization, path, body).status();
    }

    private static String concrete(String template) {
        // never a real purpose: the matrix must not switch one off for the other test classes sharing the gateway
        return template.replace("{channel}", "web")
                .replace("{version}", "1")
                .replace("{purpose}", "no-such-purpose")
                .replaceAll("\\{[^}]+}", ANY_ID);
    }
}
