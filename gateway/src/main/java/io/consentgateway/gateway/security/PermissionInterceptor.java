package io.consentgateway.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authz.UnauthorizedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Before any API handler runs, checks that the caller holds the permission the spec declares for the matched
 * operation (or, for {@code authenticated}, only that the caller signed in). Fails closed: an API handler whose
 * operation declares none is refused.
 */
final class PermissionInterceptor implements HandlerInterceptor {

    private final OperationPermissions permissions;
    private final CurrentCaller caller;

    PermissionInterceptor(OperationPermissions permissions, CurrentCaller caller) {
        this.permissions = permissions;
        this.caller = caller;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null || !String.valueOf(pattern).startsWith("/api/")) {
            return true;
        }
        String permission = permissions
                .permissionFor(request.getMethod(), String.valueOf(pattern))
                .orElseThrow(() -> new UnauthorizedException("operation declares no permission"));
        switch (permission) {
            case OperationPermissions.PUBLIC -> {}
            case OperationPermissions.AUTHENTICATED -> caller.requireAuthenticated();
            default -> caller.require(permission);
        }
        return true;
    }
}
