package io.consentgateway.gateway.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consentgateway.gateway.keys.Hasher;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A compliance export: the matching events as CSV or JSON, a manifest that states what was exported (filters,
 * count, the file's digest, the chain head) and the manifest's signature, zipped together. Anyone holding the
 * gateway's public key can check that the file is the one the gateway produced.
 */
@Component
class AuditExport {

    static final int MAX_EVENTS = 100_000;

    private final AuditTrailSearch search;
    private final AuditChainVerification chain;
    private final Hasher hasher;
    private final SignedArchive archive;
    private final ObjectMapper json;

    AuditExport(
            AuditTrailSearch search,
            AuditChainVerification chain,
            Hasher hasher,
            SignedArchive archive,
            ObjectMapper json) {
        this.search = search;
        this.chain = chain;
        this.hasher = hasher;
        this.archive = archive;
        this.json = json;
    }

    record Export(byte[] zip, int events) {}

    Export export(AuditQuery query, String format, String exportedBy) {
        Map<String, Object> head = chain.head();
        StringBuilder csv = new StringBuilder(
                "id,occurredAt,action,subjectId,subjectCount,fields,actor,roles,purpose,channel,requestId,detail\n");
        ArrayNode array = json.createArrayNode();
        int[] count = {0};
        search.each(query, MAX_EVENTS, row -> {
            count[0]++;
            if ("json".equals(format)) {
                array.add(json.valueToTree(row));
            } else {
                csv.append(CsvLine.of(
                        row.id(),
                        row.occurredAt(),
                        row.action(),
                        row.subjectId(),
                        row.subjectCount(),
                        String.join(";", row.fields()),
                        row.actor(),
                        row.roles(),
                        row.purpose(),
                        row.channel(),
                        row.requestId(),
                        row.detail()));
            }
        });
        String fileName = "audit-events." + format;
        byte[] file =
                "json".equals(format) ? archive.bytes(array) : csv.toString().getBytes(StandardCharsets.UTF_8);

        ObjectNode manifest = archive.newManifest();
        manifest.put("generatedBy", exportedBy);
        manifest.set("filters", json.valueToTree(query.described()));
        manifest.put("file", fileName);
        manifest.put("events", count[0]);
        manifest.put("truncated", count[0] == MAX_EVENTS);
        manifest.put("digest", HexFormat.of().formatHex(hasher.digest(file)));
        manifest.put("chainPosition", ((Number) head.get("position")).longValue());
        manifest.put("chainHead", (String) head.get("hash"));
        return new Export(archive.zip(manifest, Map.of(fileName, file)), count[0]);
    }
}
