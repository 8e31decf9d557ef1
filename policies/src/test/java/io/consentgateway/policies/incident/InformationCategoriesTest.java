package io.consentgateway.policies.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InformationCategoriesTest {

    private final InformationCategories categories = new InformationCategories();

    // PIPL Art. 57(1): the notice names the categories of personal information involved, readably
    @Test
    void catalogueFieldsReadAsWordsInBothLanguages() {
        assertThat(categories.describe(List.of("mobile", "idNumber")))
                .containsEntry("zh-CN", "手机号、身份证号")
                .containsEntry("en", "mobile number, ID card number");
    }
}
