package io.consentgateway.samples;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param customers how many customers (each has one home channel, some appear again elsewhere)
 * @param seed the same seed gives byte-identical output
 * @param brokenShare share of each file's records broken in each way that applies to the file (0 to 0.1)
 * @param referenceDate "today" of the data set: orders lie in the 400 days before it
 */
public record Settings(int customers, long seed, double brokenShare, LocalDate referenceDate) {

    public static final int DEFAULT_CUSTOMERS = 1_000;
    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_BROKEN_SHARE = 0.02;
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 11, 20);
    // Five kinds can hit one file; above 10 % each the broken records would crowd out the good ones.
    public static final double MAX_BROKEN_SHARE = 0.1;

    public Settings {
        if (customers < 1 || customers > 10_000_000) {
            throw new IllegalArgumentException("customers must be between 1 and 10,000,000");
        }
        if (!(brokenShare >= 0 && brokenShare <= MAX_BROKEN_SHARE)) {
            throw new IllegalArgumentException("brokenShare must be between 0 and " + MAX_BROKEN_SHARE);
        }
        Objects.requireNonNull(referenceDate, "referenceDate");
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_CUSTOMERS, DEFAULT_SEED, DEFAULT_BROKEN_SHARE, DEFAULT_REFERENCE_DATE);
    }

    public Settings withCustomers(int count) {
        return new Settings(count, seed, brokenShare, referenceDate);
    }

    public Settings withSeed(long value) {
        return new Settings(customers, value, brokenShare, referenceDate);
    }

    public Settings withBrokenShare(double share) {
        return new Settings(customers, seed, share, referenceDate);
    }

    public Settings withReferenceDate(LocalDate date) {
        return new Settings(customers, seed, brokenShare, date);
    }

    /** The exact number of records broken in one way among {@code records} good ones. */
    int quota(int records) {
        return (int) Math.round(brokenShare * records);
    }
}
