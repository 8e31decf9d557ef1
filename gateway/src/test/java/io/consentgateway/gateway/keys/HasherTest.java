package io.consentgateway.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HasherTest {

    private final CryptoProviders providers = new CryptoProviders();

    // GB/T 32905-2016 appendix A, example 1.
    @Test
    void sm3MatchesTheStandardsTestVector() {
        byte[] digest = new Hasher(providers, HashAlgorithm.SM3).digest("abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(digest))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sha256MatchesTheFipsTestVector() {
        byte[] digest = new Hasher(providers, HashAlgorithm.SHA_256).digest("abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(digest))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
