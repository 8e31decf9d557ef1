package io.consentgateway.gateway.security;

import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.access.Role;
import io.consentgateway.policies.access.RolePermissions;
import java.util.stream.Collectors;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.apache.shiro.subject.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The authenticated caller of the current request, as the rest of the gateway may know it: name, roles, checks. */
@Component
public class CurrentCaller {

    /** The header that declares why unmasked data is needed. */
    public static final String PURPOSE_HEADER = "X-Access-Purpose";

    private final RolePermissions rolePermissions;

    CurrentCaller(RolePermissions rolePermissions) {
        this.rolePermissions = rolePermissions;
    }

    public String name() {
        Object principal = shiroSubject().getPrincipal();
        return principal == null ? "anonymous" : String.valueOf(principal);
    }

    /** Comma-separated realm roles of the caller, for audit records. */
    public String roles() {
        Subject subject = shiroSubject();
        return rolePermissions.roles().stream()
                .map(Role::name)
                .filter(subject::hasRole)
                .sorted()
                .collect(Collectors.joining(","));
    }

    public boolean isPermitted(String permission) {
        return shiroSubject().isPermitted(permission);
    }

    /** @throws UnauthorizedException (answered 403) when the caller lacks the permission */
    public void require(String permission) {
        if (!isPermitted(permission)) {
            throw new UnauthorizedException("missing permission " + permission);
        }
    }

    /**
     * PIPL Art. 51: unmasked personal information only for a permitted role and a declared purpose.
     *
     * @throws UnauthorizedException (403) without the permission
     * @throws FieldProblem 400 naming {@value #PURPOSE_HEADER} when no purpose is declared
     */
    public void requireFullView(String permission, String accessPurpose) {
        require(permission);
        if (accessPurpose == null || accessPurpose.isBlank()) {
            throw new FieldProblem(
                    HttpStatus.BAD_REQUEST,
                    PURPOSE_HEADER,
                    "A full view needs a declared purpose in " + PURPOSE_HEADER);
        }
    }

    private static Subject shiroSubject() {
        return SecurityUtils.getSubject();
    }
}
