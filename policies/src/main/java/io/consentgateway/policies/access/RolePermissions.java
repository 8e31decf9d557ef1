package io.consentgateway.policies.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which permissions each role holds: the one place where roles meet permissions (least privilege, PIPL Art. 51).
 * Loaded from {@code role-permissions.yaml}; endpoints declare the permission they need and never a role.
 */
public final class RolePermissions {

    private static final String STANDARD_FILE = "role-permissions.yaml";

    private final Map<Role, Set<Permission>> byRole;

    public RolePermissions(Map<Role, Set<Permission>> byRole) {
        Map<Role, Set<Permission>> copy = new LinkedHashMap<>();
        byRole.forEach((role, permissions) -> copy.put(role, Set.copyOf(permissions)));
        this.byRole = Map.copyOf(copy);
    }

    /** The mapping shipped with the gateway. */
    public static RolePermissions standard() {
        try (InputStream in = RolePermissions.class.getResourceAsStream(STANDARD_FILE)) {
            if (in == null) {
                throw new IllegalStateException(STANDARD_FILE + " is missing from the policies module");
            }
            return load(in, STANDARD_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidPolicyFileException naming the file and the role whose entry is malformed */
    public static RolePermissions load(InputStream in, String fileName) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(document instanceof Map<?, ?> root) || !(root.get("roles") instanceof Map<?, ?> roles)) {
            throw new InvalidPolicyFileException(fileName, "expected a top-level 'roles:' mapping");
        }
        Map<Role, Set<Permission>> byRole = new LinkedHashMap<>();
        roles.forEach((name, permissions) -> {
            try {
                byRole.put(new Role(String.valueOf(name)), permissionsOf(permissions));
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyFileException(fileName, "role '" + name + "': " + e.getMessage());
            }
        });
        return new RolePermissions(byRole);
    }

    private static Set<Permission> permissionsOf(Object listed) {
        if (!(listed instanceof List<?> values)) {
            throw new IllegalArgumentException("expected a list of permissions");
        }
        Set<Permission> permissions = new HashSet<>();
        values.forEach(value -> permissions.add(new Permission(String.valueOf(value))));
        return permissions;
    }

    public Set<Role> roles() {
        return byRole.keySet();
    }

    public Set<Permission> permissionsOf(Role role) {
        return byRole.getOrDefault(role, Set.of());
    }

    public Set<Permission> permissionsOf(Collection<Role> roles) {
        Set<Permission> all = new HashSet<>();
        roles.forEach(role -> all.addAll(permissionsOf(role)));
        return Set.copyOf(all);
    }
}
