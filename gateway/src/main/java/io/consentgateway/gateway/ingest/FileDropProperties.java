package io.consentgateway.gateway.ingest;

import io.consentgateway.routes.filedrop.FileDrop;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.file-drops.<channel>}: offline channels that deliver CSV files into a directory, one subdirectory
 * per store. The channel's field mapping ({@code gateway.channels.<channel>.fields}) maps the CSV columns.
 */
@ConfigurationProperties("gateway")
public record FileDropProperties(Map<String, Drop> fileDrops) {

    public FileDropProperties {
        fileDrops = fileDrops == null ? Map.of() : Map.copyOf(fileDrops);
    }

    /**
     * @param directory where the stores' subdirectories are
     * @param sourceIdColumns the columns that together identify a row
     * @param storeColumn the column that must name the store subdirectory the file was dropped in
     * @param batchSize rows per pipeline batch (default 500)
     * @param pollDelay how often to look for new files (default 5 s)
     */
    public record Drop(
            Path directory, List<String> sourceIdColumns, String storeColumn, Integer batchSize, Duration pollDelay) {}

    List<FileDrop> drops() {
        return fileDrops.entrySet().stream()
                .map(entry -> {
                    Drop drop = entry.getValue();
                    return new FileDrop(
                            entry.getKey(),
                            drop.directory(),
                            drop.sourceIdColumns() == null ? List.of() : drop.sourceIdColumns(),
                            drop.storeColumn(),
                            drop.batchSize() == null ? 500 : drop.batchSize(),
                            drop.pollDelay() == null ? Duration.ofSeconds(5) : drop.pollDelay());
                })
                .toList();
    }
}
