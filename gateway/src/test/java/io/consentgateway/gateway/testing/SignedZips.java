package io.consentgateway.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Downloads the gateway's signed zips and checks its Ed25519 signatures with the published public key. */
public final class SignedZips {

    private final int port;
    private final GatewayHttp gateway;

    public SignedZips(int port) {
        this.port = port;
        this.gateway = new GatewayHttp(port);
    }

    /** @return the zip's entries by name, after asserting a 200 application/zip answer */
    public Map<String, byte[]> download(String authorization, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", authorization)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** Whether {@code signature} is the gateway's Ed25519 signature over {@code data}. */
    public boolean verifies(byte[] data, byte[] signature) throws Exception {
        JsonNode key =
                gateway.getAnonymous("/api/v1/consent-receipts/public-key").body();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(key.path("publicKey").asText()))));
        verifier.update(data);
        return verifier.verify(signature);
    }
}
