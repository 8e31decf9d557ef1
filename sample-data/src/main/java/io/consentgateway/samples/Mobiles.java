package io.consentgateway.samples;

import java.util.List;
import java.util.Random;

/** Mainland mobile numbers in allocated 13x/15x/17x/18x/19x segments. */
final class Mobiles {

    private static final List<String> SEGMENTS = List.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
            "156", "157", "158", "159", "172", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
            "185", "186", "187", "188", "189", "191", "193", "195", "198", "199");

    private Mobiles() {}

    static String random(Random random) {
        return SEGMENTS.get(random.nextInt(SEGMENTS.size())) + String.format("%08d", random.nextInt(100_000_000));
    }

    /** One digit short: what a typo in a form gives. */
    static String tenDigits(String mobile) {
        return mobile.substring(0, 10);
    }
}
