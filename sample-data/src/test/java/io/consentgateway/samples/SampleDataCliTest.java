package io.consentgateway.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataCliTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final SampleDataCli cli = new SampleDataCli(new PrintStream(console, true, StandardCharsets.UTF_8));

    @Test
    void writesTheFilesAndPrintsCountsButNoPersonalData() throws IOException {
        Path out = directory.resolve("generated");
        cli.run(new String[] {"--out", out.toString(), "--customers", "200", "--seed", "7"});

        String printed = console.toString(StandardCharsets.UTF_8);
        SampleSet same =
                SampleData.generate(Settings.defaults().withCustomers(200).withSeed(7));
        assertThat(printed).contains("200 customers", "web.json", "expected.json");
        assertThat(printed)
                .doesNotContainPattern("(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(Files.readString(out.resolve("web.json")))
                .isEqualTo(new SampleWriter().json(same.channelFile("web.json")));
    }

    @Test
    void replacesAnEarlierGenerationWithoutLeavingItsFilesBehind() throws IOException {
        Path out = directory.resolve("generated");
        cli.run(new String[] {"--out", out.toString(), "--customers", "1000"});
        cli.run(new String[] {"--out", out.toString(), "--customers", "20", "--reference-date", "2026-01-31"});

        WrittenSamples samples = new WrittenSamples(out);
        int named = samples.manifest().path("files").size();
        assertThat(samples.paths()).hasSize(named + 1);
    }

    @Test
    void refusesToWriteIntoADirectoryThatHoldsSomethingElse() throws IOException {
        Files.writeString(directory.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> cli.run(new String[] {"--out", directory.toString()}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
        assertThat(directory.resolve("notes.txt")).exists();
    }

    @Test
    void explainsBadArguments() {
        assertThatThrownBy(() -> cli.run(new String[] {"--customers", "10"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--out");
        assertThatThrownBy(() -> cli.run(new String[] {"--out", "x", "--broken-share", "0.5"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brokenShare");
        assertThatThrownBy(() -> cli.run(new String[] {"--out", "x", "--reference-date", "20 Nov"}))
                .hasMessageContaining("YYYY-MM-DD");
    }
}
