package io.consentgateway.policies.region;

import io.consentgateway.policies.region.Division.Level;
import io.consentgateway.policies.validation.ResidentIdNumber;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The GB/T 2260 administrative divisions of the mainland (province, prefecture-level city, county-level district),
 * immutable. {@link #standard()} is the table shipped as {@code divisions.tsv}; lines of {@code code<TAB>name}, with
 * {@code #} comments, make any other (tests use small ones).
 */
public final class Divisions {

    private static final String RESOURCE = "divisions.tsv";

    private final Map<String, Division> byCode;
    private final Map<String, List<Naming>> byName;
    private final int longestName;

    /** A division under one of its names; short is true for a short form such as 广东 for 广东省. */
    record Naming(Division division, boolean isShort) {}

    public Divisions(List<String> lines) {
        Map<String, Division> divisions = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Division division = parse(line, i + 1);
            if (divisions.putIfAbsent(division.code(), division) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": division " + division.code() + " repeated");
            }
        }
        addMunicipalityCities(divisions);
        this.byCode = Collections.unmodifiableMap(divisions);
        this.byName = index(divisions.values());
        this.longestName =
                byName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static Divisions standard() {
        return Standard.TABLE;
    }

    /** The region of a six-digit division code; empty for anything not in the table. */
    public Optional<Region> lookup(String code) {
        return division(code).map(this::region);
    }

    /**
     * The region where an identity number was registered, from its division code. A district code retired since
     * issue (e.g. 440524, merged into Shantou in 2003) falls back to its city, then to its province.
     */
    public Optional<Region> regionOf(ResidentIdNumber idNumber) {
        String code = idNumber.divisionCode();
        return lookup(code)
                .or(() -> lookup(code.substring(0, 4) + "00"))
                .or(() -> lookup(code.substring(0, 2) + "0000"));
    }

    /** Number of divisions, the municipalities' city level included. */
    public int size() {
        return byCode.size();
    }

    Optional<Division> division(String code) {
        return Division.isCode(code) ? Optional.ofNullable(byCode.get(code)) : Optional.empty();
    }

    Collection<Division> all() {
        return byCode.values();
    }

    /** Divisions whose full name or short form is exactly this text. */
    List<Naming> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    int longestName() {
        return longestName;
    }

    /** A county-level unit that belongs to no city: 省直辖县级行政区划 such as 仙桃市. */
    boolean isDirectlyAdministered(Division division) {
        return division.level() == Level.COUNTY && !byCode.containsKey(division.cityCode());
    }

    Region region(Division division) {
        Division province = byCode.get(division.provinceCode());
        return switch (division.level()) {
            case PROVINCE -> new Region(province.name(), isMunicipality(province) ? province.name() : null, null);
            case CITY -> new Region(province.name(), division.name(), null);
            case COUNTY ->
                new Region(
                        province.name(),
                        division(division.cityCode()).map(Division::name).orElse(null),
                        division.name());
        };
    }

    private static Division parse(String line, int number) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 2) {
            throw new IllegalArgumentException("line " + number + ": expected code<TAB>name");
        }
        return new Division(columns[0].strip(), columns[1].strip());
    }

    /** 北京市, 天津市, 上海市 and 重庆市 have no city level of their own; the municipality stands in for it. */
    private static void addMunicipalityCities(Map<String, Division> divisions) {
        for (Division county : List.copyOf(divisions.values())) {
            Division province = divisions.get(county.provinceCode());
            if (province == null) {
                throw new IllegalArgumentException("division " + county.code() + " has no province in the table");
            }
            if (county.level() == Level.COUNTY && isMunicipality(province)) {
                divisions.putIfAbsent(county.cityCode(), new Division(county.cityCode(), province.name()));
            }
        }
    }

    private static boolean isMunicipality(Division province) {
        return province.name().endsWith("市");
    }

    private static Map<String, List<Naming>> index(Collection<Division> divisions) {
        Map<String, List<Naming>> names = new HashMap<>();
        for (Division division : divisions) {
            names.computeIfAbsent(division.name(), name -> new ArrayList<>()).add(new Naming(division, false));
            ShortNames.of(division)
                    .ifPresent(shortName -> names.computeIfAbsent(shortName, name -> new ArrayList<>())
                            .add(new Naming(division, true)));
        }
        names.replaceAll((name, namings) -> List.copyOf(namings));
        return Map.copyOf(names);
    }

    private static final class Standard {
        private static final Divisions TABLE = new Divisions(readResource());

        private static List<String> readResource() {
            try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("division table " + RESOURCE + " missing from the classpath");
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("division table " + RESOURCE + " unreadable", e);
            }
        }
    }
}
