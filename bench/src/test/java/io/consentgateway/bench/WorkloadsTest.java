package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class WorkloadsTest {

    private final BouncyCastleProvider bc = new BouncyCastleProvider();

    @Test
    void everyGroupStartsWithItsJdkBaselineAndEveryVariantRuns() {
        for (Group group : new Workloads(bc).groups()) {
            assertThat(group.baseline().name()).as(group.name()).endsWith("(JDK)");
            for (Variant variant : group.variants()) {
                assertThatCode(() -> {
                            for (long i = 0; i < 6; i++) {
                                variant.operation().run(i);
                            }
                        })
                        .as(variant.name())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void anEd25519SignatureFromBouncyCastleVerifiesWithTheJdkAndIsTheSame() throws GeneralSecurityException {
        java.security.KeyPair pair =
                java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        java.security.PrivateKey inBc = java.security.KeyFactory.getInstance("Ed25519", bc)
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                        pair.getPrivate().getEncoded()));
        java.security.Signature jdk = java.security.Signature.getInstance("Ed25519");
        jdk.initSign(pair.getPrivate());
        jdk.update(ReceiptSigning.RECEIPT);
        java.security.Signature bcSigner = java.security.Signature.getInstance("Ed25519", bc);
        bcSigner.initSign(inBc);
        bcSigner.update(ReceiptSigning.RECEIPT);

        // Ed25519 is deterministic: the same key and message give the same signature, whoever computes it
        assertThat(bcSigner.sign()).isEqualTo(jdk.sign());
    }

    @Test
    void bouncyCastleSm3MatchesTheGbT32905TestVector() throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SM3", bc).digest("abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(HexFormat.of().formatHex(digest))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void theCanonicalAuditRowIsOneKilobyteAndTheSameEveryRun() {
        assertThat(AuditRowDigest.canonicalRow()).hasSize(1024).isEqualTo(AuditRowDigest.canonicalRow());
    }

    @Test
    void theSamplesAreTheThreeShortValuesWithTheirUtf8Sizes() {
        assertThat(FieldSample.shortValues())
                .extracting(sample -> sample.value().getBytes(StandardCharsets.UTF_8).length)
                .containsExactly(14, 18, 9);
    }
}
