package io.consentgateway.gateway.security;

import io.consentgateway.policies.access.Role;
import io.consentgateway.policies.access.RolePermissions;
import java.util.stream.Collectors;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.apache.shiro.subject.Subject;
import org.springframework.stereotype.Component;

/** The authenticated caller of the current request, as the rest of the gateway may know it: name, roles, checks. */
@Component
public class CurrentCaller {

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

    private static Subject shiroSubject() {
        return SecurityUtils.getSubject();
    }
}
