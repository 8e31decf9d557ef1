package io.consentgateway.policies.region;

import io.consentgateway.policies.region.Division.Level;
import io.consentgateway.policies.region.Divisions.Naming;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads the province, city and district an address starts with, using only names in the division table. It tries
 * every chain of names going down the levels (a level may be skipped: 北京市朝阳区, 湖北省仙桃市) and keeps the one
 * that reads furthest. A short form (广东, 深圳) counts only when the next division or a separator follows it, so
 * that 中山路 is not read as 中山市. Where chains that read equally far name different regions, the reader falls back
 * to a shorter reading all agree on, or to none: it never guesses.
 */
final class AddressPrefixReader {

    private record Match(Division division, boolean isShort, int end) {}

    private final Divisions divisions;

    AddressPrefixReader(Divisions divisions) {
        this.divisions = Objects.requireNonNull(divisions, "divisions");
    }

    /** @param address the width-folded address */
    Optional<AddressPrefix> read(String address) {
        Map<Integer, Set<Region>> readings = new TreeMap<>((a, b) -> Integer.compare(b, a));
        for (Match first : matchesAt(address, skipSeparators(address, 0), this::canStartAnAddress)) {
            Deque<Match> chain = new ArrayDeque<>(List.of(first));
            extend(address, chain, readings);
        }
        for (Map.Entry<Integer, Set<Region>> reading : readings.entrySet()) {
            if (reading.getValue().size() == 1) {
                return Optional.of(
                        new AddressPrefix(reading.getValue().iterator().next(), reading.getKey()));
            }
        }
        return Optional.empty();
    }

    /** Index of the first character at or after {@code from} that is not whitespace or a separator. */
    static int skipSeparators(String text, int from) {
        int at = from;
        while (at < text.length() && isSeparator(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private void extend(String address, Deque<Match> chain, Map<Integer, Set<Region>> readings) {
        Match last = chain.peekLast();
        if (!last.isShort() || last.end() == address.length() || isSeparator(address.charAt(last.end()))) {
            readings.computeIfAbsent(last.end(), end -> new HashSet<>()).add(divisions.region(last.division()));
        }
        int next = skipSeparators(address, last.end());
        for (Match below : matchesAt(address, next, division -> last.division().contains(division))) {
            chain.addLast(below);
            extend(address, chain, readings);
            chain.removeLast();
        }
    }

    /** A province or a city, or a county-level unit that belongs to no city; a district alone is too ambiguous. */
    private boolean canStartAnAddress(Division division) {
        return division.level() != Level.COUNTY || divisions.isDirectlyAdministered(division);
    }

    private List<Match> matchesAt(String address, int from, Predicate<Division> admissible) {
        List<Match> matches = new ArrayList<>();
        int longest = Math.min(divisions.longestName(), address.length() - from);
        for (int length = 2; length <= longest; length++) {
            for (Naming naming : divisions.named(address.substring(from, from + length))) {
                if (admissible.test(naming.division())) {
                    matches.add(new Match(naming.division(), naming.isShort(), from + length));
                }
            }
        }
        return matches;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ',' || c == '/' || c == '-';
    }
}
