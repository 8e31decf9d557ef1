package io.consentgateway.gateway.testing;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points {@code gateway.data-dir} at a new directory under target/, so every test run starts from nothing. */
public final class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path directory =
                Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
        TestPropertyValues.of("gateway.data-dir=" + directory).applyTo(context);
    }
}
