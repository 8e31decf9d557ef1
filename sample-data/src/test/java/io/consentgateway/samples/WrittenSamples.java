package io.consentgateway.samples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a generated directory back the way a consumer would: JSON with Jackson, CSV by its own rules. */
final class WrittenSamples {

    private final Path directory;
    private final ObjectMapper json = new ObjectMapper();

    WrittenSamples(Path directory) {
        this.directory = directory;
    }

    static WrittenSamples write(SampleSet set, Path directory) throws IOException {
        new SampleWriter().write(set, directory);
        return new WrittenSamples(directory);
    }

    JsonNode manifest() throws IOException {
        return json.readTree(directory.resolve(SampleWriter.MANIFEST).toFile());
    }

    List<Map<String, Object>> records(String path) throws IOException {
        return json.readValue(directory.resolve(path).toFile(), new TypeReference<>() {});
    }

    List<String> lines(String path) throws IOException {
        return Files.readAllLines(directory.resolve(path), StandardCharsets.UTF_8);
    }

    /** Every file under the directory, relative, with "/" separators, sorted. */
    List<String> paths() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    byte[] bytes(String path) throws IOException {
        return Files.readAllBytes(directory.resolve(path));
    }

    /** RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes). */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
