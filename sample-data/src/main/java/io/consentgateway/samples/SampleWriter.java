package io.consentgateway.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a sample set to a directory: JSON arrays with one record per line, POS CSV files under {@code pos/}, and
 * {@code expected.json}. UTF-8 and "\n" everywhere, so the same seed gives the same bytes on every platform.
 */
public final class SampleWriter {

    public static final String MANIFEST = "expected.json";

    private final ObjectWriter compact;
    private final ObjectWriter pretty;

    public SampleWriter() {
        ObjectMapper mapper = new ObjectMapper();
        this.compact = mapper.writer();
        this.pretty = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    }

    public void write(SampleSet set, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (ChannelFile file : set.channelFiles()) {
            writeText(directory.resolve(file.path()), json(file));
        }
        for (PosFile file : set.posFiles()) {
            writeText(directory.resolve(file.path()), file.csv());
        }
        writeText(directory.resolve(MANIFEST), manifest(set));
    }

    /** The file's JSON array, one record per line. */
    public String json(ChannelFile file) {
        StringBuilder text = new StringBuilder("[\n");
        for (int i = 0; i < file.records().size(); i++) {
            text.append("  ").append(compact(file.records().get(i)));
            text.append(i + 1 < file.records().size() ? ",\n" : "\n");
        }
        return text.append("]\n").toString();
    }

    public String manifest(SampleSet set) {
        try {
            return pretty.writeValueAsString(set.manifest()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest holds only strings, numbers, lists and maps", e);
        }
    }

    private String compact(Map<String, Object> record) {
        try {
            return compact.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
