package io.consentgateway.gateway.security;

import io.consentgateway.gateway.security.LocalRealmProperties.LocalUser;
import io.consentgateway.policies.access.Permission;
import io.consentgateway.policies.access.Role;
import io.consentgateway.policies.access.RolePermissions;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * The development realm: users and roles from configuration, permissions from the policies module's role mapping.
 * An unknown user is checked against a dummy hash, so the response time does not reveal which user names exist.
 */
final class LocalUserRealm extends AuthorizingRealm {

    /** bcrypt of a random string nobody knows. */
    private static final String NO_SUCH_USER_HASH = "$2a$10$.cNdoFKf7IM68R5BAy8dj.0qXvrLsVyYF/LtMVSwYXOe7VQOH41pK";

    private final Map<String, LocalUser> users;
    private final RolePermissions rolePermissions;

    LocalUserRealm(LocalRealmProperties properties, RolePermissions rolePermissions) {
        super(new BcryptCredentials());
        this.users = properties.localUsers().stream()
                .collect(Collectors.toUnmodifiableMap(LocalUser::username, Function.identity()));
        this.rolePermissions = rolePermissions;
        setName("local");
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        String username = ((UsernamePasswordToken) token).getUsername();
        LocalUser user = users.get(username);
        String hash = user == null ? NO_SUCH_USER_HASH : user.passwordHash();
        return new SimpleAuthenticationInfo(username, hash, getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        LocalUser user = users.get(String.valueOf(principals.getPrimaryPrincipal()));
        if (user == null) {
            return new SimpleAuthorizationInfo();
        }
        Set<Role> roles = user.roles().stream().map(Role::new).collect(Collectors.toSet());
        SimpleAuthorizationInfo info =
                new SimpleAuthorizationInfo(roles.stream().map(Role::name).collect(Collectors.toSet()));
        info.setStringPermissions(rolePermissions.permissionsOf(roles).stream()
                .map(Permission::value)
                .collect(Collectors.toSet()));
        return info;
    }
}
