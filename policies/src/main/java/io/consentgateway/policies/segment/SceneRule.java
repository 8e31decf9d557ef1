package io.consentgateway.policies.segment;

import java.time.Month;
import java.util.Objects;
import java.util.Set;

/**
 * A scene tag defined by a rule over orders, e.g. {@code back-to-school}: at least 1 order in 文具, 图书 or 数码 in
 * August or September within the last 365 days; {@code wedding}: at least 2 orders in 珠宝 or 婚庆 within 180 days.
 * An empty month set means any month.
 */
public record SceneRule(String scene, Set<String> categories, Set<Month> months, int minOrders, int windowDays) {

    public SceneRule {
        Objects.requireNonNull(scene, "scene");
        if (!scene.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("a scene name is kebab-case: " + scene);
        }
        categories = Set.copyOf(categories);
        months = months == null ? Set.of() : Set.copyOf(months);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("scene " + scene + " names no category");
        }
        if (minOrders < 1 || windowDays < 1) {
            throw new IllegalArgumentException("scene " + scene + " needs at least one order within at least a day");
        }
    }
}
