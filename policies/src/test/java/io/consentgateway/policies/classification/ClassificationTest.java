package io.consentgateway.policies.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consentgateway.policies.access.InvalidPolicyFileException;
import io.consentgateway.policies.masking.MaskingRule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    private static Classification load(String yaml) {
        return Classification.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    // PIPL Art. 28: the ID number, financial accounts and whereabouts are sensitive personal information.
    @Test
    void theShippedCatalogueMarksArticle28FieldsSensitiveAndEncrypted() {
        Classification standard = Classification.standard();
        for (String field : List.of("idNumber", "bankCard", "location")) {
            FieldClass fieldClass = standard.of(field).orElseThrow();
            assertThat(fieldClass.dataClass()).as(field).isEqualTo(DataClass.SENSITIVE);
            assertThat(fieldClass.encrypted()).as(field).isTrue();
        }
        assertThat(standard.of("mobile").orElseThrow().masking()).isEqualTo(MaskingRule.MOBILE);
        assertThat(standard.of("orderAmount").orElseThrow().isPersonal()).isFalse();
    }

    @Test
    void anUnknownMaskingRuleFailsNamingTheLine() {
        String yaml = "fields:\n  name: {class: general, masking: person-name, encrypted: true}\n"
                + "  mobile: {class: general, masking: phone-ish, encrypted: true}\n";
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(InvalidPolicyFileException.class)
                .hasMessageContaining("test.yaml, line 3")
                .hasMessageContaining("unknown masking rule 'phone-ish'");
    }

    @Test
    void anUnknownClassFailsNamingTheLine() {
        String yaml = "fields:\n  name: {class: secret, masking: person-name, encrypted: true}\n";
        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("line 2").hasMessageContaining("unknown class");
    }

    // PIPL Art. 51: sensitive personal information is never stored in clear.
    @Test
    void aSensitiveFieldThatIsNotEncryptedIsRefused() {
        String yaml = "fields:\n  name: {class: general, masking: person-name, encrypted: true}\n"
                + "  idNumber: {class: sensitive, masking: id-number, encrypted: false}\n";
        assertThatThrownBy(() -> load(yaml))
                .hasMessageContaining("line 3")
                .hasMessageContaining("must be encrypted at rest");
    }

    // Purpose fields moved to the purpose catalogue: an older operator file must not have its purposes ignored.
    @Test
    void aClassificationStillListingPurposesFailsNamingTheLine() {
        String yaml = "fields:\n  name: {class: general, masking: person-name, encrypted: true}\n"
                + "purposes:\n  membership:\n    fields: [name]\n";
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(InvalidPolicyFileException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("purposes.yaml");
    }

    @Test
    void aMissingKeyFailsNamingTheLine() {
        String yaml = "fields:\n  name: {class: general, encrypted: true}\n";
        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("line 2").hasMessageContaining("missing 'masking'");
    }

    @Test
    void brokenYamlFailsClearly() {
        assertThatThrownBy(() -> load("fields: [unclosed\n"))
                .isInstanceOf(InvalidPolicyFileException.class)
                .hasMessageContaining("not valid YAML");
    }
}
