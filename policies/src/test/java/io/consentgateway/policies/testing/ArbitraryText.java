package io.consentgateway.policies.testing;

import java.util.Random;
import java.util.stream.Stream;

/**
 * Seeded arbitrary strings for property-style tests: empty, very long, CJK, full-width (全角), non-BMP (emoji and
 * CJK extension B), digits, letters and punctuation, mixed. The same seed always gives the same strings.
 */
public final class ArbitraryText {

    public static final long SEED = 20261123L;

    private static final int[][] RANGES = {
        {'0', '9'},
        {'A', 'Z'},
        {'a', 'z'},
        {' ', '/'},
        {0x4E00, 0x9FA5},
        {0xFF10, 0xFF19},
        {0xFF21, 0xFF3A},
        {0x1F600, 0x1F64F},
        {0x20000, 0x2A6DF},
        {'*', '*'},
        {'+', '+'},
        {'X', 'X'}
    };

    private ArbitraryText() {}

    public static Stream<String> strings(int count) {
        Random random = new Random(SEED);
        return Stream.generate(() -> next(random)).limit(count);
    }

    private static String next(Random random) {
        int length = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 1000 + random.nextInt(4000);
            default -> random.nextInt(24);
        };
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] range = RANGES[random.nextInt(RANGES.length)];
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }
}
