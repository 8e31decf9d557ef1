package io.consentgateway.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.testing.ChinesePeople;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import net.datafaker.Faker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuarantinedPayloadMaskingTest {

    private static final Classification CLASSIFICATION = Classification.standard();

    private final QuarantinedPayloadMasking masking = new QuarantinedPayloadMasking(
            CLASSIFICATION,
            PurposeCatalogue.standard(),
            new ChannelProperties(Map.of(
                    "web",
                    new ChannelProperties.Channel(List.of("membership"), null, null, null, false, null),
                    "wechat",
                    new ChannelProperties.Channel(
                            List.of("membership"),
                            null,
                            "openid",
                            Map.of("nickname", "name", "phoneNumber", "mobile", "city", "city"),
                            false,
                            null))));

    @Test
    void classifiedFieldsAreMaskedByTheirRule() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sourceId", "web-0016");
        payload.put("name", "欧阳娜娜");
        payload.put("mobile", "13812341234");
        payload.put("idNumber", "110105194912310021");
        payload.put("city", "深圳市");

        Map<String, Object> shown = masking.mask("web", payload);

        assertThat(shown)
                .containsEntry("sourceId", "web-0016")
                .containsEntry("name", "欧阳**")
                .containsEntry("mobile", "138****1234")
                .containsEntry("idNumber", "110105********0021")
                .containsEntry("city", "深圳市");
    }

    @Test
    void unknownFieldsAndMalformedValuesAreHiddenWhole() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("religion", "某教");
        payload.put("mobile", "1381234123");
        payload.put("idNumber", "11010519491231");
        payload.put("name", List.of("张三"));

        assertThat(masking.mask("web", payload))
                .containsEntry("religion", "****")
                .containsEntry("mobile", "****")
                .containsEntry("idNumber", "****")
                .containsEntry("name", "****");
    }

    @Test
    void fieldNamesThatAreNotPlainIdentifiersAreReplaced() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("张三的电话", "13812341234");
        payload.put("13812341234", true);

        assertThat(masking.mask("web", payload))
                .containsOnlyKeys("unnamed-field-1", "unnamed-field-2")
                .containsValues("****", "****");
    }

    @Test
    void consentEvidenceIsShownForKnownPurposesOnly() {
        Map<String, Object> consents = new LinkedHashMap<>();
        consents.put("membership", true);
        consents.put("marketing", false);
        consents.put("张三", true);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("consents", consents);
        payload.put("noticeVersion", 2);
        payload.put("guardian", Map.of("name", "王芳", "idNumber", "110105194912310021", "relation", "mother"));

        Map<String, Object> shown = masking.mask("web", payload);

        assertThat(shown.get("consents"))
                .isEqualTo(Map.of("membership", true, "marketing", false, "unnamed-field-1", "****"));
        assertThat(shown).containsEntry("noticeVersion", 2);
        assertThat(shown.get("guardian"))
                .isEqualTo(Map.of("name", "王*", "idNumber", "110105********0021", "relation", "****"));
    }

    @Test
    void platformFieldsAreMaskedThroughTheChannelMappingAndUnmappedOnesHidden() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        payload.put("nickname", "李四");
        payload.put("phoneNumber", "13912345678");
        payload.put("unionid", "o6_bmasdasdsad6_2sgVt7hMZOPfL");
        payload.put("name", "李四");

        assertThat(masking.mask("wechat", payload))
                .containsEntry("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
                .containsEntry("nickname", "李*")
                .containsEntry("phoneNumber", "139****5678")
                .containsEntry("unionid", "****")
                .as("our field name is not the platform's: not mapped, not shown")
                .containsEntry("name", "****");
    }

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    // Whatever a rejected payload carries, and wherever, its personal values never come out in clear.
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noPersonalValueOfARandomPayloadIsShownInClear(long seed) {
        Random random = new Random(seed);
        ChinesePeople people = new ChinesePeople(seed);
        Faker faker = new Faker(Locale.SIMPLIFIED_CHINESE, new Random(seed));
        List<String> secrets = new ArrayList<>();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sourceId", "web-" + seed);
        putSecret(payload, secrets, "name", people.name() + faker.name().firstName());
        putSecret(payload, secrets, "mobile", mangled(people.mobile(), random));
        putSecret(payload, secrets, "idNumber", mangled(people.idNumber(), random));
        putSecret(payload, secrets, "address", faker.address().fullAddress());
        putSecret(payload, secrets, "email", faker.internet().emailAddress());
        putSecret(payload, secrets, "notes", faker.lorem().sentence());
        putSecret(payload, secrets, faker.name().fullName(), people.mobile());
        payload.put("guardian", Map.of("name", people.name() + "娜", "idNumber", people.idNumber()));
        secrets.add(((Map<?, ?>) payload.get("guardian")).get("idNumber").toString());

        String shown =
                masking.mask(random.nextBoolean() ? "web" : "wechat", payload).toString();

        for (String secret : secrets) {
            assertThat(shown)
                    .as("seed %d: a value of the payload is shown in clear", seed)
                    .doesNotContain(secret);
        }
    }

    private static void putSecret(Map<String, Object> payload, List<String> secrets, String field, String value) {
        payload.put(field, value);
        secrets.add(value);
    }

    /** The value as given, or broken the way senders break it: truncated, padded, spaced. */
    private static String mangled(String value, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> value;
            case 1 -> value.substring(0, value.length() - 1);
            case 2 -> value + random.nextInt(10);
            default -> value.substring(0, 3) + " " + value.substring(3);
        };
    }
}
