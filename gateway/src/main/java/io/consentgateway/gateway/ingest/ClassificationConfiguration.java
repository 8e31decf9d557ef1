package io.consentgateway.gateway.ingest;

import io.consentgateway.policies.classification.Classification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The classification catalogue: the one shipped in the policies module, or the file named by
 * {@code gateway.classification.file}. Loaded and validated at start, so a bad file stops the gateway with the
 * line at fault instead of letting records through under a broken policy.
 */
@Configuration(proxyBeanMethods = false)
class ClassificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClassificationConfiguration.class);

    @Bean
    Classification classification(@Value("${gateway.classification.file:}") String file) {
        if (file.isBlank()) {
            return Classification.standard();
        }
        Path path = Path.of(file);
        try (InputStream in = Files.newInputStream(path)) {
            Classification classification = Classification.load(in, path.toString());
            log.info(
                    "Field classification loaded from {} ({} fields)",
                    path,
                    classification.fields().size());
            return classification;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the classification file " + path, e);
        }
    }
}
