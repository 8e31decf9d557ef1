package io.consentgateway.routes.filedrop;

import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestContext;
import io.consentgateway.routes.pipeline.IngestObserver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The steps of one file drop's route, on the exchange of one dropped file. */
final class DropFileProcessing {

    private static final Logger log = LoggerFactory.getLogger(FileDropRoutes.class);
    private static final String DIGEST = "consentGateway.fileDigest";
    private static final String ARRIVED = "consentGateway.fileArrived";
    private static final String ROWS = "consentGateway.fileRows";
    static final String ALREADY_PROCESSED = "consentGateway.fileAlreadyProcessed";
    static final String ACTOR = "file-drop";

    private final FileDrop drop;
    private final FileDropReceipts receipts;
    private final IngestObserver observer;
    private final Clock clock;
    private final CsvDropFile reader;

    DropFileProcessing(FileDrop drop, FileDropReceipts receipts, IngestObserver observer, Clock clock) {
        this.drop = drop;
        this.receipts = receipts;
        this.observer = observer;
        this.clock = clock;
        this.reader = new CsvDropFile(drop);
    }

    void open(Exchange exchange) throws NoSuchAlgorithmException {
        byte[] content = exchange.getIn().getBody(byte[].class);
        String digest =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        Long modified = exchange.getIn().getHeader(Exchange.FILE_LAST_MODIFIED, Long.class);
        Instant arrived = modified == null ? clock.instant() : Instant.ofEpochMilli(modified);
        exchange.setProperty(DIGEST, digest);
        exchange.setProperty(ARRIVED, arrived);
        exchange.setProperty(ALREADY_PROCESSED, !receipts.begin(drop.channel(), digest, fileName(exchange), arrived));
        exchange.getIn().setBody(content);
    }

    void toBatches(Exchange exchange) {
        String digest = exchange.getProperty(DIGEST, String.class);
        IngestContext context = new IngestContext(
                drop.channel(), ACTOR, "integrator", "file-" + digest.substring(0, 16), clock.instant());
        List<IngestBatch> batches = reader.read(exchange.getIn().getBody(byte[].class), store(exchange), context);
        exchange.setProperty(
                ROWS,
                batches.stream().mapToLong(batch -> batch.payloads().size()).sum());
        exchange.getIn().setBody(batches);
    }

    void complete(Exchange exchange) {
        long rows = exchange.getProperty(ROWS, Long.class);
        receipts.complete(drop.channel(), exchange.getProperty(DIGEST, String.class), rows);
        Duration lag = Duration.between(exchange.getProperty(ARRIVED, Instant.class), clock.instant());
        observer.fileSynced(drop.channel(), lag.isNegative() ? Duration.ZERO : lag, rows);
        log.info("Dropped file {} stored: {} rows, {} s after arrival", fileName(exchange), rows, lag.toSeconds());
    }

    void writeReason(Exchange exchange) throws IOException {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = failure instanceof DropFileProblem problem
                ? problem.getMessage()
                : "processing-failed:"
                        + (failure == null ? "unknown" : failure.getClass().getSimpleName());
        Path reasonFile = drop.directory().resolve(".error").resolve(fileName(exchange) + ".reason.txt");
        Files.createDirectories(reasonFile.getParent());
        Files.writeString(reasonFile, reason + System.lineSeparator(), StandardCharsets.UTF_8);
        log.warn("Dropped file {} could not be processed: {}", fileName(exchange), reason);
    }

    /** The file's path under the drop directory, e.g. {@code SH001/sales-2026-11-20.csv}. */
    private static String fileName(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
    }

    private static String store(Exchange exchange) {
        String name = fileName(exchange);
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }
}
