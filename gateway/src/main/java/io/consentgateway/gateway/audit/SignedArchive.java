package io.consentgateway.gateway.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consentgateway.gateway.keys.Hasher;
import io.consentgateway.gateway.keys.Signer;
import io.consentgateway.gateway.keys.Signer.DetachedSignature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * A zip of files plus {@code manifest.json} (what the caller states, each file's digest, the signing key) and
 * {@code manifest.sig} (base64 signature of the manifest's bytes). Anyone with the gateway's public key can check
 * that the files are the ones the gateway produced.
 */
@Component
public class SignedArchive {

    private final Hasher hasher;
    private final Signer signer;
    private final ObjectMapper json;
    private final Clock clock;

    SignedArchive(Hasher hasher, Signer signer, ObjectMapper json, Clock clock) {
        this.hasher = hasher;
        this.signer = signer;
        this.json = json;
        this.clock = clock;
    }

    public ObjectNode newManifest() {
        ObjectNode manifest = json.createObjectNode();
        manifest.put("generatedAt", clock.instant().toString());
        return manifest;
    }

    /** @param files name to content, in the order they go into the zip */
    public byte[] zip(ObjectNode manifest, Map<String, byte[]> files) {
        manifest.put("digestAlgorithm", hasher.algorithm().configName());
        ObjectNode digests = manifest.putObject("files");
        files.forEach((name, content) -> digests.put(name, HexFormat.of().formatHex(hasher.digest(content))));
        manifest.put("signatureAlgorithm", signer.publicKey().algorithm().configName());
        manifest.put("signatureKeyId", signer.publicKey().keyId());
        byte[] manifestBytes = bytes(manifest);
        DetachedSignature signature = signer.sign(manifestBytes);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entry(out, file.getKey(), file.getValue());
            }
            entry(out, "manifest.json", manifestBytes);
            entry(out, "manifest.sig", Base64.getEncoder().encode(signature.value()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    public byte[] bytes(Object node) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
