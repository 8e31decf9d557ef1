package io.consentgateway.routes.filedrop;

import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestContext;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a dropped CSV file (UTF-8, header line first) into payloads keyed by column name, in batches. A row gets
 * {@code sourceId} from the drop's id columns. A row with the wrong number of columns, or for another store than the
 * one it was dropped for, travels with that problem and is quarantined; the file itself fails only when it cannot be
 * read at all.
 */
final class CsvDropFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final FileDrop drop;

    CsvDropFile(FileDrop drop) {
        this.drop = drop;
    }

    List<IngestBatch> read(byte[] content, String store, IngestContext context) {
        List<IngestBatch> batches = new ArrayList<>();
        List<Map<String, Object>> payloads = new ArrayList<>();
        Map<Integer, Rejection> problems = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text(content)), CSVFormat.DEFAULT)) {
            List<String> header = null;
            for (CSVRecord row : parser) {
                if (header == null) {
                    header = header(row);
                    continue;
                }
                Rejection problem = problemOf(row, header, store);
                if (problem != null) {
                    problems.put(payloads.size(), problem);
                }
                payloads.add(payload(row, header));
                if (payloads.size() == drop.batchSize()) {
                    batches.add(new IngestBatch(context, payloads, problems));
                    payloads = new ArrayList<>();
                    problems = new HashMap<>();
                }
            }
            if (header == null) {
                throw new DropFileProblem("empty-file:header");
            }
        } catch (UncheckedIOException | IOException e) {
            throw new DropFileProblem("malformed-csv:file");
        }
        if (!payloads.isEmpty()) {
            batches.add(new IngestBatch(context, payloads, problems));
        }
        return batches;
    }

    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new DropFileProblem("not-utf-8:file");
        }
    }

    private List<String> header(CSVRecord row) {
        List<String> header = row.stream().map(String::strip).toList();
        for (String column : drop.sourceIdColumns()) {
            if (!header.contains(column)) {
                throw new DropFileProblem("missing-column:" + column);
            }
        }
        if (drop.storeColumn() != null && !header.contains(drop.storeColumn())) {
            throw new DropFileProblem("missing-column:" + drop.storeColumn());
        }
        return header;
    }

    private Rejection problemOf(CSVRecord row, List<String> header, String store) {
        if (row.size() != header.size()) {
            return new Rejection("wrong-column-count", "row");
        }
        String column = drop.storeColumn();
        if (column != null && !store.equals(row.get(header.indexOf(column)).strip())) {
            return new Rejection("store-mismatch", column);
        }
        return null;
    }

    private Map<String, Object> payload(CSVRecord row, List<String> header) {
        Map<String, Object> payload = new LinkedHashMap<>();
        for (int column = 0; column < Math.min(row.size(), header.size()); column++) {
            payload.put(header.get(column), row.get(column));
        }
        List<String> idParts = new ArrayList<>();
        for (String column : drop.sourceIdColumns()) {
            Object value = payload.get(column);
            if (value == null || value.toString().isBlank()) {
                return payload;
            }
            idParts.add(value.toString().strip());
        }
        payload.put("sourceId", String.join(":", idParts));
        return payload;
    }
}
