package io.consentgateway.policies.region;

import io.consentgateway.policies.region.Division.Level;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Seeded real mainland addresses built from the division table: a county-level division written the ways people
 * write it (province full, short or left out; city full or short; municipalities with or without their city
 * level; spaces or not), followed by a detail drawn from characters that occur in no division name, so that any
 * detail character in a masked address can only have leaked.
 */
final class SampleAddresses {

    record Sample(String text, Region region, String detail) {}

    private static final Divisions TABLE = Divisions.standard();
    private static final List<Division> COUNTIES = TABLE.all().stream()
            .filter(division -> division.level() == Level.COUNTY)
            .toList();
    private static final int[] DETAIL_ALPHABET = detailAlphabet();

    private SampleAddresses() {}

    static Stream<Sample> of(long seed, int count) {
        Random random = new Random(seed);
        return Stream.generate(() -> next(random)).limit(count);
    }

    /** Every character a detail may contain; none of them occurs in any division name. */
    static Set<Integer> detailCharacters() {
        return IntStream.of(DETAIL_ALPHABET).boxed().collect(Collectors.toSet());
    }

    private static Sample next(Random random) {
        Division county = COUNTIES.get(random.nextInt(COUNTIES.size()));
        Division province = TABLE.division(county.provinceCode()).orElseThrow();
        Division city = TABLE.division(county.cityCode()).orElse(null);
        boolean municipality = city != null && city.name().equals(province.name());
        StringBuilder text = new StringBuilder();
        boolean provinceWritten = city == null || municipality || random.nextInt(3) > 0;
        if (provinceWritten) {
            text.append(spelling(province, random)).append(separator(random));
        }
        if (city != null && (!municipality || random.nextBoolean())) {
            text.append(spelling(city, random)).append(separator(random));
        }
        String detail = detail(random);
        text.append(county.name()).append(separator(random)).append(detail);
        return new Sample(text.toString(), TABLE.region(county), detail);
    }

    private static String spelling(Division division, Random random) {
        return random.nextBoolean() ? division.name() : ShortNames.of(division).orElse(division.name());
    }

    private static String separator(Random random) {
        return random.nextInt(4) == 0 ? " " : "";
    }

    private static String detail(Random random) {
        int length = random.nextInt(8) == 0 ? 200 + random.nextInt(800) : 1 + random.nextInt(20);
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < length; i++) {
            detail.appendCodePoint(DETAIL_ALPHABET[random.nextInt(DETAIL_ALPHABET.length)]);
        }
        return detail.toString();
    }

    private static int[] detailAlphabet() {
        Set<Integer> inNames = TABLE.all().stream()
                .flatMapToInt(division -> division.name().codePoints())
                .boxed()
                .collect(Collectors.toSet());
        IntStream digitsAndLetters = IntStream.concat(IntStream.rangeClosed('0', '9'), IntStream.rangeClosed('A', 'Z'));
        IntStream chinese = IntStream.rangeClosed(0x4E00, 0x9FA5).filter(c -> !inNames.contains(c));
        IntStream beyondTheBmp = IntStream.rangeClosed(0x20000, 0x20100);
        return IntStream.concat(IntStream.concat(digitsAndLetters, chinese), beyondTheBmp)
                .toArray();
    }
}
