package io.consentgateway.gateway.security;

import io.consentgateway.policies.access.Permission;
import io.consentgateway.policies.access.Role;
import io.consentgateway.policies.access.RolePermissions;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * The production realm: the caller is whoever a verified Keycloak access token says, with that token's realm roles
 * mapped to permissions by the policies module. The token is the credential, checked once by the verifier.
 */
final class BearerTokenRealm extends AuthorizingRealm {

    private final AccessTokenVerifier verifier;
    private final RolePermissions rolePermissions;

    BearerTokenRealm(AccessTokenVerifier verifier, RolePermissions rolePermissions) {
        super(new AllowAllCredentialsMatcher());
        this.verifier = verifier;
        this.rolePermissions = rolePermissions;
        setName("keycloak");
        setAuthenticationTokenClass(BearerToken.class);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        CallerPrincipal caller = verifier.verify(((BearerToken) token).getToken())
                .orElseThrow(() -> new AuthenticationException("bearer token rejected"));
        return new SimpleAuthenticationInfo(caller, token.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        if (!(principals.getPrimaryPrincipal() instanceof CallerPrincipal caller)) {
            return new SimpleAuthorizationInfo();
        }
        Set<Role> roles = caller.roles().stream()
                .filter(name -> name.matches("[a-z][a-z0-9-]*"))
                .map(Role::new)
                .filter(rolePermissions.roles()::contains)
                .collect(Collectors.toSet());
        SimpleAuthorizationInfo info =
                new SimpleAuthorizationInfo(roles.stream().map(Role::name).collect(Collectors.toSet()));
        info.setStringPermissions(rolePermissions.permissionsOf(roles).stream()
                .map(Permission::value)
                .collect(Collectors.toSet()));
        return info;
    }
}
