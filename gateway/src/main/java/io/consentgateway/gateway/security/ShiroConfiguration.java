package io.consentgateway.gateway.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import io.consentgateway.policies.access.RolePermissions;
import jakarta.servlet.DispatcherType;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.realm.Realm;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.AbstractShiroFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Apache Shiro, stateless: every API request authenticates (no sessions, no cookies), then the permission
 * interceptor checks the operation's declared permission. Documentation (Swagger UI, the spec) and health are
 * public.
 */
@Configuration(proxyBeanMethods = false)
class ShiroConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ShiroConfiguration.class);

    private final OperationPermissions operationPermissions = OperationPermissions.fromClasspath();
    private final CurrentCaller caller;

    ShiroConfiguration(CurrentCaller caller) {
        this.caller = caller;
    }

    @Bean
    static RolePermissions rolePermissions() {
        return RolePermissions.standard();
    }

    @Bean
    OperationPermissions operationPermissions() {
        return operationPermissions;
    }

    /** Keycloak-issued bearer tokens when an issuer is configured; the development realm otherwise. */
    @Bean
    Realm gatewayRealm(
            KeycloakProperties keycloak,
            LocalRealmProperties localUsers,
            RolePermissions rolePermissions,
            Environment environment)
            throws MalformedURLException {
        if (keycloak.configured()) {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(new URL(keycloak.effectiveJwksUri()))
                    .retrying(true)
                    .build();
            AccessTokenVerifier verifier = new AccessTokenVerifier(
                    keys,
                    keycloak.issuer(),
                    keycloak.audience(),
                    keycloak.clockSkew().toSeconds());
            log.info(
                    "Trusting only bearer tokens of issuer {} for audience {}", keycloak.issuer(), keycloak.audience());
            return new BearerTokenRealm(verifier, rolePermissions);
        }
        DevelopmentRealmGuard.check(environment);
        return new LocalUserRealm(localUsers, rolePermissions);
    }

    @Bean
    DefaultWebSecurityManager securityManager(List<Realm> realms) {
        DefaultWebSecurityManager securityManager = new DefaultWebSecurityManager(realms);
        DefaultSessionStorageEvaluator noSessions = new DefaultSessionStorageEvaluator();
        noSessions.setSessionStorageEnabled(false);
        ((DefaultSubjectDAO) securityManager.getSubjectDAO()).setSessionStorageEvaluator(noSessions);
        // a stateless API has nothing to remember: without this every login answered with a rememberMe=deleteMe cookie
        securityManager.setRememberMeManager(null);
        return securityManager;
    }

    @Bean
    FilterRegistrationBean<AbstractShiroFilter> shiroFilter(
            DefaultWebSecurityManager securityManager, KeycloakProperties keycloak) {
        DefaultFilterChainManager chains = new DefaultFilterChainManager();
        chains.addFilter(
                "authenticated", keycloak.configured() ? new ProblemBearerAuthFilter() : new ProblemBasicAuthFilter());
        operationPermissions.publicPathPatterns().forEach(path -> chains.createChain(path, "noSessionCreation, anon"));
        chains.createChain("/api/**", "noSessionCreation, authenticated");
        chains.createChain("/actuator/prometheus", "noSessionCreation, authenticated");
        chains.createChain("/**", "anon");
        PathMatchingFilterChainResolver resolver = new PathMatchingFilterChainResolver();
        resolver.setFilterChainManager(chains);

        FilterRegistrationBean<AbstractShiroFilter> registration =
                new FilterRegistrationBean<>(new GatewayShiroFilter(securityManager, resolver));
        registration.setName("shiroFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PermissionInterceptor(operationPermissions, caller));
    }
}
