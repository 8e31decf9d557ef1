package io.consentgateway.policies.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.classification.FieldScreen.OnExtraField;
import io.consentgateway.policies.classification.FieldScreen.Screened;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Valid;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldScreenTest {

    private static final Set<Purpose> MEMBERSHIP = Set.of(new Purpose("membership"));

    private static RawRecord aRecordWith(String extraField) {
        return new RawRecord("web", "s-1", Map.of("name", "张三", "mobile", "13812341234", extraField, "x"), Map.of());
    }

    // PIPL Arts. 5-6: a field nobody classified is not silently stored.
    @Test
    void anUnclassifiedFieldQuarantinesTheRecordNamingIt() {
        FieldScreen screen =
                new FieldScreen(Classification.standard(), PurposeCatalogue.standard(), OnExtraField.QUARANTINE);
        assertThat(screen.screen(aRecordWith("religion"), MEMBERSHIP))
                .isEqualTo(Validated.invalid("unclassified-field", "religion"));
    }

    // PIPL Arts. 5-6: a classified field the purpose does not need is not collected either.
    @Test
    void aFieldTheChannelsPurposeDoesNotListIsNotPermitted() {
        FieldScreen screen =
                new FieldScreen(Classification.standard(), PurposeCatalogue.standard(), OnExtraField.QUARANTINE);
        assertThat(screen.screen(aRecordWith("bankCard"), MEMBERSHIP))
                .isEqualTo(Validated.invalid("field-not-permitted", "bankCard"));
    }

    @Test
    void configuredToDropTheFieldGoesAndTheRestPasses() {
        FieldScreen screen = new FieldScreen(Classification.standard(), PurposeCatalogue.standard(), OnExtraField.DROP);
        Screened screened = ((Valid<Screened>) screen.screen(aRecordWith("wechatOpenId"), MEMBERSHIP)).value();
        assertThat(screened.droppedFields()).containsExactly("wechatOpenId");
        assertThat(screened.record().fields()).containsOnlyKeys("name", "mobile");
    }

    @Test
    void aRecordWithOnlyPermittedFieldsPassesUnchanged() {
        FieldScreen screen =
                new FieldScreen(Classification.standard(), PurposeCatalogue.standard(), OnExtraField.QUARANTINE);
        RawRecord record = aRecordWith("email");
        Screened screened = ((Valid<Screened>) screen.screen(record, MEMBERSHIP)).value();
        assertThat(screened.record().fields()).isEqualTo(record.fields());
        assertThat(screened.droppedFields()).isEmpty();
    }

    // PIPL Arts. 5-6: the purpose catalogue decides: analytics may not see the name, provision to a partner may.
    @Test
    void theRecordsPurposesInTheCatalogueDecideWhichFieldsArePermitted() {
        FieldScreen screen =
                new FieldScreen(Classification.standard(), PurposeCatalogue.standard(), OnExtraField.QUARANTINE);
        RawRecord record = new RawRecord("partner", "s-1", Map.of("gender", "F", "name", "张三"), Map.of());
        assertThat(screen.screen(record, Set.of(new Purpose("analytics"))))
                .isEqualTo(Validated.invalid("field-not-permitted", "name"));
        assertThat(screen.screen(record, Set.of(new Purpose("analytics"), new Purpose("third-party-provision")))
                        .isValid())
                .isTrue();
    }
}
