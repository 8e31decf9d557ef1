package io.consentgateway.gateway.security;

import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.access.Permission;
import io.consentgateway.policies.access.Role;
import io.consentgateway.policies.access.RolePermissions;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthenticatedException;
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

    /**
     * The client the caller authenticated through: the token's {@code azp} (or {@code client_id}) with Keycloak, the
     * user name in the development realm. How an entrusted processor is recognised (PIPL Art. 21).
     */
    public String clientId() {
        Object principal = shiroSubject().getPrincipal();
        if (principal instanceof CallerPrincipal caller && caller.client() != null) {
            return caller.client();
        }
        return name();
    }

    /** Comma-separated realm roles of the caller, for audit records. */
    public String roles() {
        return String.join(",", roleNames());
    }

    /** The caller's roles that the policy file knows, sorted. */
    public List<String> roleNames() {
        return heldRoles().stream().map(Role::name).sorted().toList();
    }

    /** What the caller's roles grant, by the same mapping the realms authorise with, sorted. */
    public List<String> permissions() {
        return rolePermissions.permissionsOf(heldRoles()).stream()
                .map(Permission::value)
                .sorted()
                .toList();
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

    /** @throws UnauthenticatedException (answered 403) when nobody signed in; the filter chain answers 401 first */
    public void requireAuthenticated() {
        if (!shiroSubject().isAuthenticated()) {
            throw new UnauthenticatedException("not signed in");
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

    private List<Role> heldRoles() {
        Subject subject = shiroSubject();
        return rolePermissions.roles().stream()
                .filter(role -> subject.hasRole(role.name()))
                .toList();
    }

    private static Subject shiroSubject() {
        return SecurityUtils.getSubject();
    }
}
