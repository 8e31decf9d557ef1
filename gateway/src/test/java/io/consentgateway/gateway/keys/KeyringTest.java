package io.consentgateway.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringTest {

    @TempDir
    Path directory;

    @Test
    void aGeneratedKeystoreIsReopenedWithTheSameKeys() {
        Path keystore = directory.resolve("keys/gateway.p12");
        Keyring first = Keyring.openOrCreate(keystore, "pw".toCharArray());
        Keyring again = Keyring.openOrCreate(keystore, "pw".toCharArray());

        assertThat(again.kek(1).getEncoded()).isEqualTo(first.kek(1).getEncoded());
        assertThat(again.blindIndexKey().getEncoded())
                .isEqualTo(first.blindIndexKey().getEncoded());
        assertThat(first.kek(1).getEncoded())
                .hasSize(32)
                .isNotEqualTo(first.blindIndexKey().getEncoded());
    }

    @Test
    void anAddedKekVersionIsSavedAndBecomesCurrentWhileOlderOnesStay() {
        Path keystore = directory.resolve("gateway.p12");
        Keyring keyring = Keyring.openOrCreate(keystore, "pw".toCharArray());
        byte[] first = keyring.kek(1).getEncoded();

        assertThat(keyring.addKekVersion()).isEqualTo(2);

        Keyring reopened = Keyring.openOrCreate(keystore, "pw".toCharArray());
        assertThat(reopened.currentKekVersion()).isEqualTo(2);
        assertThat(reopened.kek(1).getEncoded()).isEqualTo(first);
        assertThat(reopened.kek(2).getEncoded()).isNotEqualTo(first);
    }

    @Test
    void theKeystoreIsReadableByItsOwnerOnly() throws Exception {
        Path keystore = directory.resolve("gateway.p12");
        Keyring.openOrCreate(keystore, "pw".toCharArray());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)))
                .isEqualTo("rw-------");
    }

    @Test
    void aWrongPasswordFailsStartUpWithAClearMessage() {
        Path keystore = directory.resolve("gateway.p12");
        Keyring.openOrCreate(keystore, "right".toCharArray());
        assertThatThrownBy(() -> Keyring.openOrCreate(keystore, "wrong".toCharArray()))
                .hasMessageContaining(keystore.toString());
    }

    @Test
    void theDevelopmentPasswordIsGeneratedOnceAndKept() throws Exception {
        Path passwordFile = directory.resolve("keystore.password");
        char[] first = Keyring.developmentPassword(passwordFile);
        assertThat(Keyring.developmentPassword(passwordFile)).isEqualTo(first);
        assertThat(first.length).isGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
    }

    @Test
    void blindIndexesAreStableKeyedAndSeparatedByKind() {
        Keyring keyring = Keyring.openOrCreate(directory.resolve("a.p12"), "pw".toCharArray());
        Keyring other = Keyring.openOrCreate(directory.resolve("b.p12"), "pw".toCharArray());
        BlindIndex index = new BlindIndex(new CryptoProviders(), BlindIndexAlgorithm.HMAC_SHA256, keyring);

        assertThat(index.of("mobile", "+8613812341234")).isEqualTo(index.of("mobile", "+8613812341234"));
        assertThat(index.of("mobile", "+8613812341234")).isNotEqualTo(index.of("id-number", "+8613812341234"));
        assertThat(new BlindIndex(new CryptoProviders(), BlindIndexAlgorithm.HMAC_SHA256, other)
                        .of("mobile", "+8613812341234"))
                .as("without the key the digest cannot be recomputed")
                .isNotEqualTo(index.of("mobile", "+8613812341234"));
        assertThat(new BlindIndex(new CryptoProviders(), BlindIndexAlgorithm.HMAC_SM3, keyring)
                        .of("mobile", "+8613812341234"))
                .as("HMAC-SM3 differs from HMAC-SHA-256 under the same key")
                .hasSize(64)
                .isNotEqualTo(index.of("mobile", "+8613812341234"));
    }
}
