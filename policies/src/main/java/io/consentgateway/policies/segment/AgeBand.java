package io.consentgateway.policies.segment;

/** Coarse age bands for the basic tags: never a birth date, only the band a birth year falls in this year. */
public enum AgeBand {
    UNDER_18("under-18", 0, 17),
    FROM_18_TO_24("18-24", 18, 24),
    FROM_25_TO_34("25-34", 25, 34),
    FROM_35_TO_44("35-44", 35, 44),
    FROM_45_TO_54("45-54", 45, 54),
    FROM_55("55-plus", 55, Integer.MAX_VALUE);

    private final String label;
    private final int from;
    private final int to;

    AgeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    /** The band of someone born in {@code birthYear}, by the age they reach in {@code year}. */
    public static AgeBand of(int birthYear, int year) {
        int age = Math.max(0, year - birthYear);
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        return FROM_55;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }
}
