package io.consentgateway.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code java -jar consent-gateway-sample-data.jar --out DIR [--customers N] [--seed S] [--broken-share F]
 * [--reference-date YYYY-MM-DD]}. Prints counts only: the data looks like personal information, so none of it goes
 * to the console.
 */
public final class SampleDataCli {

    static final String USAGE = "usage: java -jar consent-gateway-sample-data.jar --out DIR [--customers N]"
            + " [--seed S] [--broken-share F] [--reference-date YYYY-MM-DD]";

    private final PrintStream out;

    SampleDataCli(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        try {
            new SampleDataCli(System.out).run(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IOException e) {
            System.err.println("could not write the samples: " + e.getMessage());
            System.exit(1);
        }
    }

    void run(String[] args) throws IOException {
        Path directory = null;
        Settings settings = Settings.defaults();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[i + 1];
            switch (option) {
                case "--out" -> directory = Path.of(value);
                case "--customers" -> settings = settings.withCustomers(number(option, value));
                case "--seed" -> settings = settings.withSeed(Long.parseLong(value));
                case "--broken-share" -> settings = settings.withBrokenShare(Double.parseDouble(value));
                case "--reference-date" -> settings = settings.withReferenceDate(date(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (directory == null) {
            throw new IllegalArgumentException("--out is required");
        }
        new OutputDirectory(directory).prepare();
        SampleSet set = SampleData.generate(settings);
        new SampleWriter().write(set, directory);
        report(set, directory);
    }

    private void report(SampleSet set, Path directory) {
        Settings settings = set.settings();
        out.printf(
                "%d customers (seed %d, broken share %s, reference date %s) written to %s%n",
                settings.customers(), settings.seed(), settings.brokenShare(), settings.referenceDate(), directory);
        for (ChannelFile file : set.channelFiles()) {
            out.printf("  %-26s %7d records  %s%n", file.path(), file.recordCount(), outcomes(file.expectedOutcomes()));
        }
        int rows = set.posFiles().stream().mapToInt(PosFile::recordCount).sum();
        long quarantined = set.posFiles().stream()
                .mapToLong(file -> file.expectedOutcomes().getOrDefault(Outcome.QUARANTINED, 0))
                .sum();
        out.printf(
                "  %-26s %7d rows     in %d files, %d quarantined%n",
                "pos/<store>/sales-<date>.csv", rows, set.posFiles().size(), quarantined);
        out.printf("  %s: expected outcome of every file%n", SampleWriter.MANIFEST);
    }

    private static String outcomes(Map<Outcome, Integer> outcomes) {
        return outcomes.entrySet().stream()
                .map(entry -> entry.getKey().label() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--reference-date must be YYYY-MM-DD");
        }
    }
}
