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

        assertThat(again.kek().getEncoded()).isEqualTo(first.kek().getEncoded());
        assertThat(again.blindIndexKey().getEncoded())
                .isEqualTo(first.blindIndexKey().getEncoded());
        assertThat(first.kek().getEncoded())
                .hasSize(32)
                .isNotEqualTo(first.blindIndexKey().getEncoded());
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
        BlindIndex index = new BlindIndex(keyring);

        assertThat(index.of("mobile", "+8613812341234")).isEqualTo(index.of("mobile", "+8613812341234"));
        assertThat(index.of("mobile", "+8613812341234")).isNotEqualTo(index.of("id-number", "+8613812341234"));
        assertThat(new BlindIndex(other).of("mobile", "+8613812341234"))
                .as("without the key the digest cannot be recomputed")
                .isNotEqualTo(index.of("mobile", "+8613812341234"));
    }
}
