package io.consentgateway.gateway.security;

import org.apache.shiro.web.filter.mgt.FilterChainResolver;
import org.apache.shiro.web.mgt.WebSecurityManager;
import org.apache.shiro.web.servlet.AbstractShiroFilter;

/** Shiro's servlet filter, built from explicit parts rather than the BeanPostProcessor factory bean. */
final class GatewayShiroFilter extends AbstractShiroFilter {

    GatewayShiroFilter(WebSecurityManager securityManager, FilterChainResolver chains) {
        setSecurityManager(securityManager);
        setFilterChainResolver(chains);
    }
}
