package io.consentgateway.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Customers with zh_CN names and identities unique across the data set: two customers never share a mobile or an
 * ID number, so every merge the gateway makes is one the manifest declares.
 */
final class CustomerFactory {

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1960, 1, 1);
    private static final int BIRTH_DAYS = (int) ChronoUnit.DAYS.between(FIRST_BIRTH_DATE, LocalDate.of(2009, 1, 1));
    private static final List<String> MAIL_DOMAINS = List.of("163.com", "126.com", "sina.com", "foxmail.com");
    private static final List<String> SYLLABLES = List.of(
            "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xiao", "ming", "hua", "jing",
            "lei", "fang", "yu", "hao", "jie", "ting");

    private final Faker faker;
    private final Random random;
    private final OrderFactory orders;
    private final Set<String> mobiles = new HashSet<>();
    private final Set<String> idNumbers = new HashSet<>();

    CustomerFactory(Faker faker, Random random, OrderFactory orders) {
        this.faker = faker;
        this.random = random;
        this.orders = orders;
    }

    Customer customer(int number, String homeChannel) {
        String name = faker.name().lastName() + faker.name().firstName();
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birthDate = FIRST_BIRTH_DATE.plusDays(random.nextInt(BIRTH_DAYS));
        Division division = Places.DIVISIONS.get(random.nextInt(Places.DIVISIONS.size()));
        String idNumber;
        do {
            int sequence = 2 * random.nextInt(500) + (gender == Gender.MALE ? 1 : 0);
            idNumber = ResidentIds.compose(division.code(), birthDate, sequence);
        } while (!idNumbers.add(idNumber));
        String mobile;
        do {
            mobile = Mobiles.random(random);
        } while (!mobiles.add(mobile));
        return new Customer(
                number,
                name,
                mobile,
                idNumber,
                birthDate,
                gender,
                division,
                street(division),
                random.nextInt(10) < 3 ? email() : null,
                random.nextInt(100) < 45,
                random.nextInt(100) < 60,
                homeChannel,
                orders.ordersOf(division));
    }

    private String street(Division division) {
        String street =
                division.streets().get(random.nextInt(division.streets().size())) + (1 + random.nextInt(300)) + "号";
        if (random.nextBoolean()) {
            street += (1 + random.nextInt(20)) + "栋" + (100 * (1 + random.nextInt(28)) + 1 + random.nextInt(4)) + "室";
        }
        return street;
    }

    private String email() {
        if (random.nextBoolean()) {
            return (10_000 + random.nextInt(2_000_000_000 - 10_000)) + "@qq.com";
        }
        return SYLLABLES.get(random.nextInt(SYLLABLES.size()))
                + SYLLABLES.get(random.nextInt(SYLLABLES.size()))
                + random.nextInt(100)
                + "@"
                + MAIL_DOMAINS.get(random.nextInt(MAIL_DOMAINS.size()));
    }
}
