package io.consentgateway.routes.filedrop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A directory an offline channel drops CSV files into, one subdirectory per store ({@code <directory>/<store>/*.csv}).
 *
 * @param channel the channel the rows are delivered to (its field mapping applies to the CSV columns)
 * @param sourceIdColumns columns whose values, joined by {@code :}, identify a row (e.g. store code and receipt number:
 *     receipt numbers repeat across stores)
 * @param storeColumn the column that must name the store the file was dropped for (its subdirectory), or null
 * @param batchSize rows handed to the pipeline at a time, so a large file never sits in memory as records
 * @param pollDelay how often the directory is looked at
 */
public record FileDrop(
        String channel,
        Path directory,
        List<String> sourceIdColumns,
        String storeColumn,
        int batchSize,
        Duration pollDelay) {

    public FileDrop {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(directory, "directory");
        sourceIdColumns = List.copyOf(sourceIdColumns);
        if (sourceIdColumns.isEmpty()) {
            throw new IllegalArgumentException("A file drop needs the columns that identify a row");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        Objects.requireNonNull(pollDelay, "pollDelay");
    }
}
