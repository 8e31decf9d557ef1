package io.consentgateway.policies.notice;

import io.consentgateway.policies.consent.Purpose;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every published version of the notice, and for each purpose the version since which what it says about that
 * purpose is unchanged. A consent given under an older version than that was given for something else: PIPL Art. 14
 * asks for new consent when the purpose, the method or the categories change, so such a consent is stale.
 *
 * <p>A purpose's section is its description, methods, categories and retention; any change to any of them, in either
 * language, counts (when in doubt, ask again). Adding a purpose to the notice and removing it both count too. Changes
 * elsewhere in the notice (handler, contacts, rights) make no consent stale.
 */
public final class NoticeHistory {

    private final List<Notice> byVersion;
    private final Map<Purpose, Integer> materialVersions;

    /** @param notices in any order; versions must be unique and run from 1 without gaps */
    public NoticeHistory(List<Notice> notices) {
        List<Notice> sorted = notices.stream()
                .sorted(Comparator.comparingInt(Notice::version))
                .toList();
        for (int index = 0; index < sorted.size(); index++) {
            if (sorted.get(index).version() != index + 1) {
                throw new IllegalArgumentException("notice versions must be unique and contiguous from 1, found "
                        + sorted.stream().map(Notice::version).toList());
            }
        }
        this.byVersion = sorted;
        Map<Purpose, Integer> material = new HashMap<>();
        Notice previous = null;
        for (Notice notice : sorted) {
            changedSections(previous, notice).forEach(purpose -> material.put(purpose, notice.version()));
            previous = notice;
        }
        this.materialVersions = Map.copyOf(material);
    }

    public Optional<Notice> current() {
        return byVersion.isEmpty() ? Optional.empty() : Optional.of(byVersion.get(byVersion.size() - 1));
    }

    public Optional<Notice> version(int version) {
        return version >= 1 && version <= byVersion.size() ? Optional.of(byVersion.get(version - 1)) : Optional.empty();
    }

    /**
     * The latest version in which this purpose's section was added, changed or removed; consents for the purpose
     * given under an earlier version are stale. 0 if no notice ever covered the purpose.
     */
    public int materialVersionFor(Purpose purpose) {
        return materialVersions.getOrDefault(purpose, 0);
    }

    /**
     * The purposes whose section would change if {@code next} were published, each with the material version it
     * would then have ({@code next.version()}). Consents for them become stale on publication and the subjects who
     * gave them should be told (Arts. 14, 17).
     *
     * @throws IllegalArgumentException unless {@code next} is the version after the current one
     */
    public Map<Purpose, Integer> materialChanges(Notice next) {
        if (next.version() != byVersion.size() + 1) {
            throw new IllegalArgumentException(
                    "the next notice must be version " + (byVersion.size() + 1) + ", not " + next.version());
        }
        Map<Purpose, Integer> changes = new LinkedHashMap<>();
        changedSections(current().orElse(null), next).forEach(purpose -> changes.put(purpose, next.version()));
        return Collections.unmodifiableMap(changes);
    }

    private static Set<Purpose> changedSections(Notice previous, Notice next) {
        Set<Purpose> involved = new LinkedHashSet<>();
        next.purposes().forEach(section -> involved.add(section.purpose()));
        if (previous != null) {
            previous.purposes().forEach(section -> involved.add(section.purpose()));
        }
        involved.removeIf(
                purpose -> previous != null && Objects.equals(previous.section(purpose), next.section(purpose)));
        return involved;
    }
}
