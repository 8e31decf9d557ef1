package io.consentgateway.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.classification.Classification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClassificationConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ClassificationConfiguration.class);

    @Test
    void withoutAFileTheShippedCatalogueIsUsed() {
        context.run(started ->
                assertThat(started.getBean(Classification.class).of("idNumber")).isPresent());
    }

    @Test
    void aFileWithAnUnknownMaskingRuleStopsStartUpNamingTheLine(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("classification.yaml");
        Files.writeString(
                file,
                "fields:\n  name: {class: general, masking: person-name, encrypted: true}\n"
                        + "  mobile: {class: general, masking: partly, encrypted: true}\n");

        context.withPropertyValues("gateway.classification.file=" + file).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining(file + ", line 3")
                    .hasMessageContaining("unknown masking rule 'partly'");
        });
    }

    @Test
    void aValidOperatorFileReplacesTheShippedOne(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("classification.yaml");
        Files.writeString(file, "fields:\n  name: {class: general, masking: person-name, encrypted: true}\n");
        context.withPropertyValues("gateway.classification.file=" + file)
                .run(started -> assertThat(started.getBean(Classification.class).of("mobile"))
                        .isEmpty());
    }
}
