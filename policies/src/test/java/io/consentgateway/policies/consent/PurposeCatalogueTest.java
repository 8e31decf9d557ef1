package io.consentgateway.policies.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.consentgateway.policies.access.InvalidPolicyFileException;
import io.consentgateway.policies.activity.ActivityCheck;
import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.identity.ChannelIdentityCheck;
import io.consentgateway.policies.record.MemberRecordCheck;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PurposeCatalogueTest {

    private static final PurposeCatalogue STANDARD = PurposeCatalogue.standard();

    /** Line 1 purposes, 2 marketing, 3 legal-basis, 4 essential, 5 consent, 6 fields, 7 retention. */
    private static final String GOOD = """
            purposes:
              marketing:
                legal-basis: consent
                essential: false
                consent: general
                fields: [name, mobile]
                retention: P2Y
            """;

    private static PurposeCatalogue load(String yaml) {
        return PurposeCatalogue.load(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "test.yaml",
                Classification.standard());
    }

    private static PurposeDefinition standard(String purpose) {
        return STANDARD.find(new Purpose(purpose)).orElseThrow();
    }

    @Test
    void theShippedCatalogueListsEveryPurposeTheGatewayProcessesFor() {
        assertThat(STANDARD.purposes())
                .extracting(Purpose::name)
                .containsExactly(
                        "order-fulfilment",
                        "membership",
                        "marketing",
                        "personalised-recommendation",
                        "analytics",
                        "third-party-provision",
                        "sensitive-pi",
                        "cross-border");
        assertThat(STANDARD.all())
                .extracting(PurposeDefinition::purpose)
                .containsExactlyElementsOf(STANDARD.purposes());
    }

    // PIPL Art. 13: fulfilling an order the subject placed rests on the contract, not on consent.
    @Test
    void orderFulfilmentRestsOnTheContractAndNeedsNoConsent() {
        PurposeDefinition orders = standard("order-fulfilment");
        assertThat(orders.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
        assertThat(orders.legalBasis().needsConsent()).isFalse();
        assertThat(orders.consent()).isEqualTo(ConsentForm.NONE);
        assertThat(orders.fields())
                .containsExactlyInAnyOrder(
                        "name",
                        "mobile",
                        "address",
                        "province",
                        "city",
                        "district",
                        "orderAmount",
                        "orderDiscount",
                        "orderedAt",
                        "orderCategory",
                        "storeCode");
        assertThat(orders.retention()).isEqualTo(Period.ofYears(3));
    }

    // PIPL Art. 16: only what the service needs is essential; marketing, analytics and the rest can be refused.
    @Test
    void onlyOrderFulfilmentAndMembershipAreEssential() {
        assertThat(STANDARD.all().stream().filter(PurposeDefinition::essential))
                .extracting(definition -> definition.purpose().name())
                .containsExactlyInAnyOrder("order-fulfilment", "membership");
    }

    // PIPL Arts. 23, 29, 39: provision, sensitive PI and cross-border transfer each need a separate consent, and
    // provision and transfer name their recipient.
    @Test
    void provisionSensitiveDataAndCrossBorderNeedSeparateConsent() {
        for (String purpose : List.of("third-party-provision", "sensitive-pi", "cross-border")) {
            assertThat(standard(purpose).consent()).as(purpose).isEqualTo(ConsentForm.SEPARATE);
        }
        assertThat(standard("third-party-provision").perRecipient()).isTrue();
        assertThat(standard("cross-border").perRecipient()).isTrue();
        assertThat(standard("sensitive-pi").perRecipient()).isFalse();
    }

    // PIPL Art. 24: personalised recommendation is the purpose a personalised-marketing opt-out switches off.
    @Test
    void personalisedRecommendationIsTheOnlyPersonalisedPurpose() {
        assertThat(STANDARD.all().stream().filter(PurposeDefinition::personalised))
                .extracting(definition -> definition.purpose().name())
                .containsExactly("personalised-recommendation");
    }

    // PIPL Art. 19: every purpose keeps its data for a stated, finite period.
    @Test
    void everyPurposeStatesItsRetention() {
        assertThat(STANDARD.all())
                .allSatisfy(definition -> assertThat(definition.retention().toTotalMonths())
                        .as(definition.purpose().name())
                        .isBetween(1L, 36L));
        assertThat(standard("marketing").retention()).isEqualTo(Period.ofYears(2));
        assertThat(standard("analytics").retention()).isEqualTo(Period.ofYears(1));
    }

    // PIPL Arts. 5-6: what membership may use is listed, and the member record can store all of it.
    @Test
    void everyFieldMembershipPermitsIsOneThePipelineReads() {
        assertThat(STANDARD.permittedFields(List.of(new Purpose("membership"))))
                .containsExactlyInAnyOrder(
                        "name",
                        "mobile",
                        "idNumber",
                        "birthDate",
                        "gender",
                        "province",
                        "city",
                        "district",
                        "address",
                        "email",
                        "wechatUnionId",
                        "eventCode",
                        "checkedInAt")
                .isSubsetOf(Stream.of(MemberRecordCheck.KNOWN_FIELDS, ActivityCheck.FIELDS, ChannelIdentityCheck.FIELDS)
                        .flatMap(Set::stream)
                        .toList());
    }

    // PIPL Arts. 5-6: every field any purpose lists is classified, so the field screen can judge it.
    @Test
    void everyPermittedFieldIsClassified() {
        Classification classification = Classification.standard();
        assertThat(STANDARD.permittedFields(STANDARD.purposes()))
                .allSatisfy(
                        field -> assertThat(classification.of(field)).as(field).isPresent());
    }

    // PIPL Arts. 5-6: the fields of several purposes are their union, and an unknown purpose permits nothing.
    @Test
    void permittedFieldsAreTheUnionOfThePurposesFields() {
        assertThat(STANDARD.permittedFields(List.of(new Purpose("analytics"), new Purpose("third-party-provision"))))
                .containsExactlyInAnyOrder(
                        "gender",
                        "birthDate",
                        "province",
                        "city",
                        "district",
                        "orderAmount",
                        "orderedAt",
                        "orderCategory",
                        "name",
                        "mobile");
        assertThat(STANDARD.permittedFields(List.of(new Purpose("unheard-of")))).isEmpty();
    }

    @Test
    void aWellFormedFileLoads() {
        PurposeDefinition marketing = load(GOOD).find(new Purpose("marketing")).orElseThrow();
        assertThat(marketing)
                .isEqualTo(new PurposeDefinition(
                        new Purpose("marketing"),
                        LegalBasis.CONSENT,
                        false,
                        ConsentForm.GENERAL,
                        false,
                        false,
                        Set.of("name", "mobile"),
                        Period.ofYears(2)));
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                arguments(GOOD.replace("legal-basis: consent", "legal-basis: consensual"), 3, "unknown legal basis"),
                arguments(GOOD.replace("consent: general", "consent: bundled"), 5, "unknown consent form 'bundled'"),
                arguments(GOOD.replace("[name, mobile]", "[name, religion]"), 6, "unclassified field 'religion'"),
                arguments(GOOD.replace("P2Y", "2 years"), 7, "not an ISO-8601 period"),
                arguments(GOOD.replace("P2Y", "-P2Y"), 7, "must be a positive period"),
                arguments(GOOD.replace("    retention: P2Y\n", ""), 3, "missing 'retention'"),
                arguments(GOOD.replace("    essential: false\n", ""), 3, "missing 'essential'"),
                arguments(GOOD.replace("consent: general", "consent: none"), 3, "consent is needed exactly when"),
                arguments(
                        GOOD.replace("legal-basis: consent", "legal-basis: contract"), 3, "consent is needed exactly"),
                arguments(GOOD + "    per-recipient: true\n", 3, "per-recipient consent must be separate"),
                arguments(GOOD + "    per-recepient: true\n", 8, "unknown key 'per-recepient'"),
                arguments(GOOD.replace("essential: false", "essential: no"), 4, "essential is true or false"),
                arguments(GOOD.replace("  marketing:", "  Marketing:"), 3, "kebab-case"),
                arguments("purposes: {}\n", 1, "lists no purpose"),
                arguments("purpose:\n  marketing: {}\n", 1, "unknown key 'purpose'"));
    }

    @ParameterizedTest(name = "case {index}")
    @MethodSource("brokenFiles")
    void aBrokenCatalogueFailsNamingTheLine(String yaml, int line, String problem) {
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(InvalidPolicyFileException.class)
                .hasMessageContaining("test.yaml, line " + line + ":")
                .hasMessageContaining(problem);
    }

    @Test
    void brokenYamlFailsClearly() {
        assertThatThrownBy(() -> load("purposes: [unclosed\n"))
                .isInstanceOf(InvalidPolicyFileException.class)
                .hasMessageContaining("not valid YAML");
    }
}
