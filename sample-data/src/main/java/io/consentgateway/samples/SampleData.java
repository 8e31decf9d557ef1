package io.consentgateway.samples;

/** Entry point: generates a reproducible sample data set in memory; {@link SampleWriter} puts it in a directory. */
public final class SampleData {

    private SampleData() {}

    public static SampleSet generate(Settings settings) {
        return new SampleGeneration(settings).run();
    }

    public static SampleSet generate() {
        return generate(Settings.defaults());
    }
}
