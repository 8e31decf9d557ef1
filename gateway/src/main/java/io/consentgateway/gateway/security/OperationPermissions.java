package io.consentgateway.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The permission each API operation needs, read from the {@code x-permission} of each operation in openapi.yaml:
 * the spec is the single place that says who may call what. An operation without one is refused to everybody.
 */
public final class OperationPermissions {

    /** Declared by operations anyone may call without credentials (a published notice, receipt verification). */
    public static final String PUBLIC = "public";

    /**
     * Declared by operations any authenticated caller may call, whatever their roles (who am I). Not a permission a
     * role can be granted: the policy file's permissions all have a {@code domain:action} shape.
     */
    public static final String AUTHENTICATED = "authenticated";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private final Map<String, String> byOperation;

    private OperationPermissions(Map<String, String> byOperation) {
        this.byOperation = Map.copyOf(byOperation);
    }

    public static OperationPermissions fromSpec(InputStream spec) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(spec);
        Map<String, String> byOperation = new HashMap<>();
        if (document instanceof Map<?, ?> root && root.get("paths") instanceof Map<?, ?> paths) {
            paths.forEach((path, operations) -> {
                if (operations instanceof Map<?, ?> byMethod) {
                    byMethod.forEach((method, operation) -> {
                        if (METHODS.contains(String.valueOf(method))
                                && operation instanceof Map<?, ?> details
                                && details.get("x-permission") != null) {
                            byOperation.put(
                                    key(String.valueOf(method), String.valueOf(path)),
                                    String.valueOf(details.get("x-permission")));
                        }
                    });
                }
            });
        }
        return new OperationPermissions(byOperation);
    }

    public static OperationPermissions fromClasspath() {
        try (InputStream spec = OperationPermissions.class.getResourceAsStream("/openapi.yaml")) {
            if (spec == null) {
                throw new IllegalStateException("openapi.yaml is not on the classpath");
            }
            return fromSpec(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<String> permissionFor(String method, String pathTemplate) {
        return Optional.ofNullable(byOperation.get(key(method, pathTemplate)));
    }

    /**
     * Ant-style path patterns whose operations are all public, for the authentication filter chain (path variables
     * become {@code *}).
     */
    public Set<String> publicPathPatterns() {
        Map<String, Boolean> allPublicByPath = new HashMap<>();
        byOperation.forEach((operation, permission) -> {
            String path = operation.substring(operation.indexOf(' ') + 1);
            allPublicByPath.merge(path, PUBLIC.equals(permission), Boolean::logicalAnd);
        });
        return allPublicByPath.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(entry -> entry.getKey().replaceAll("\\{[^}]+}", "*"))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Every operation with its permission, keyed {@code "GET /api/v1/..."}. */
    public Map<String, String> all() {
        return byOperation;
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
