package io.consentgateway.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the CLI writes. An earlier generation there is replaced (the files its manifest names are deleted, so no
 * stale POS file survives a smaller run); any other non-empty directory is refused rather than mixed into.
 */
final class OutputDirectory {

    private final Path root;

    OutputDirectory(Path root) {
        this.root = root;
    }

    void prepare() throws IOException {
        if (!Files.exists(root) || isEmpty(root)) {
            return;
        }
        Path manifest = root.resolve(SampleWriter.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalArgumentException(
                    "output directory " + root + " is not empty and holds no earlier " + SampleWriter.MANIFEST);
        }
        JsonNode files = new ObjectMapper().readTree(manifest.toFile()).path("files");
        List<Path> parents = new ArrayList<>();
        for (Iterator<String> names = files.fieldNames(); names.hasNext(); ) {
            Path file = root.resolve(names.next()).normalize();
            if (!file.startsWith(root.normalize())) {
                throw new IllegalArgumentException("the earlier manifest names a file outside " + root);
            }
            Files.deleteIfExists(file);
            parents.add(file.getParent());
        }
        Files.delete(manifest);
        for (Path parent : parents) {
            deleteEmptyUpTo(parent);
        }
    }

    private void deleteEmptyUpTo(Path directory) throws IOException {
        Path current = directory;
        while (current != null && !current.equals(root.normalize()) && Files.isDirectory(current) && isEmpty(current)) {
            Files.delete(current);
            current = current.getParent();
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
