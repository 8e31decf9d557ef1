package io.consentgateway.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What one benchmark process hands to the suite ({@code --report <file>}): its measurements as a JSON array. The
 * suite runs every benchmark in its own JVM, so one benchmark's heap and threads never colour the next one's figures.
 */
final class MeasurementFile {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path file, List<Measurement> measurements) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        json.writeValue(absolute.toFile(), measurements);
    }

    List<Measurement> read(Path file) throws IOException {
        return json.readValue(file.toFile(), new TypeReference<List<Measurement>>() {});
    }

    /** Writes the measurements where {@code --report} says, if it says; a bench run alone just prints its table. */
    void writeIfAsked(String[] args, List<Measurement> measurements) throws IOException {
        String report = BenchGateway.textOption(args, "--report", "");
        if (!report.isEmpty()) {
            write(Path.of(report), measurements);
        }
    }
}
