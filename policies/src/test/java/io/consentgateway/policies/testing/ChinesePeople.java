package io.consentgateway.policies.testing;

import io.consentgateway.policies.validation.IdCheckDigit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import net.datafaker.Faker;

/** Seeded realistic Chinese test people (datafaker zh_CN): names, mobiles and valid 18-digit ID numbers. */
public final class ChinesePeople {

    private static final String[] DIVISIONS = {"110101", "310104", "440305", "330106", "510107", "420111"};
    private static final String[] SEGMENTS = {"138", "139", "150", "186", "177", "199", "135", "158"};

    private final Random random;
    private final Faker faker;

    public ChinesePeople(long seed) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.SIMPLIFIED_CHINESE, new Random(seed));
    }

    public String name() {
        return faker.name().lastName() + faker.name().firstName();
    }

    public String mobile() {
        return SEGMENTS[random.nextInt(SEGMENTS.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    public String idNumber() {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 60));
        String body = DIVISIONS[random.nextInt(DIVISIONS.length)]
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1000));
        return body + IdCheckDigit.of(body);
    }

    public static Stream<String> idNumbers(long seed, int count) {
        ChinesePeople people = new ChinesePeople(seed);
        return Stream.generate(people::idNumber).limit(count);
    }

    public static Stream<String> names(long seed, int count) {
        ChinesePeople people = new ChinesePeople(seed);
        return Stream.generate(people::name).limit(count);
    }

    public static Stream<String> mobiles(long seed, int count) {
        ChinesePeople people = new ChinesePeople(seed);
        return Stream.generate(people::mobile).limit(count);
    }
}
