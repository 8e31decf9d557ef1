package io.consentgateway.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.audit.chain.ChainBreak.Reason;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain rule itself, on in-memory rows: each kind of tampering is found at the right place. */
class ChainVerifierTest {

    private final HashChain chain = new HashChain((algorithm, data) -> sha256(data));
    private final ChainVerifier verifier = new ChainVerifier(chain);

    private final Map<String, String> rows = new HashMap<>();
    private final List<ChainEntry> entries = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final Set<Checkpoint> forged = new HashSet<>();

    @BeforeEach
    void tenRowsWithACheckpointAtEight() {
        String prev = HashChain.GENESIS;
        for (int position = 1; position <= 10; position++) {
            String id = String.valueOf(position);
            String row = "{\"id\": " + position + ", \"action\": \"subject.read-full\"}";
            rows.put(id, row);
            String hash = chain.link("sha-256", prev, "audit_event", id, row);
            entries.add(new ChainEntry(position, "audit_event", id, "sha-256", prev, hash));
            prev = hash;
        }
        checkpoints.add(new Checkpoint(8, entries.get(7).hash(), "2026-11-25T00:00:00Z", "ed25519", "k", new byte[0]));
    }

    @Test
    void anUntouchedChainVerifiesWithItsCounts() {
        ChainReport report = verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.verifiedPositions()).isEqualTo(10);
        assertThat(report.checkpoints()).isEqualTo(1);
    }

    @Test
    void anEditedRowIsFoundAtItsPosition() {
        rows.put("4", rows.get("4").replace("read-full", "read-masked"));
        assertBreak(4, Reason.ROW_ALTERED);
    }

    @Test
    void aDeletedRowIsFoundAtItsPosition() {
        rows.remove("6");
        assertBreak(6, Reason.ROW_DELETED);
    }

    @Test
    void aDeletedLinkLeavesAGap() {
        entries.remove(2);
        assertBreak(3, Reason.POSITION_GAP);
    }

    @Test
    void twoReorderedLinksBreakTheLink() {
        ChainEntry third = entries.get(2);
        ChainEntry fourth = entries.get(3);
        entries.set(
                2, new ChainEntry(3, fourth.source(), fourth.sourceId(), "sha-256", fourth.prevHash(), fourth.hash()));
        entries.set(3, new ChainEntry(4, third.source(), third.sourceId(), "sha-256", third.prevHash(), third.hash()));
        assertBreak(3, Reason.BROKEN_LINK);
    }

    @Test
    void aTailTruncatedAfterACheckpointIsFound() {
        entries.subList(6, 10).clear();
        assertBreak(8, Reason.TRUNCATED_AFTER_CHECKPOINT);
    }

    @Test
    void aForgedCheckpointSignatureIsFound() {
        forged.add(checkpoints.get(0));
        assertBreak(8, Reason.CHECKPOINT_SIGNATURE_INVALID);
    }

    @Test
    void aRewrittenChainNoLongerMatchesItsSignedCheckpoint() {
        // an attacker who recomputes every hash after editing a row still cannot re-sign the checkpoint
        rows.put("2", rows.get("2").replace("read-full", "read-masked"));
        String prev = HashChain.GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            ChainEntry entry = entries.get(i);
            String hash = chain.link("sha-256", prev, entry.source(), entry.sourceId(), rows.get(entry.sourceId()));
            entries.set(i, new ChainEntry(entry.position(), entry.source(), entry.sourceId(), "sha-256", prev, hash));
            prev = hash;
        }
        assertBreak(8, Reason.CHECKPOINT_MISMATCH);
    }

    private void assertBreak(long position, Reason reason) {
        ChainReport report = verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBreak()).hasValueSatisfying(found -> {
            assertThat(found.reason()).isEqualTo(reason);
            assertThat(found.position()).isEqualTo(position);
            assertThat(found.describe()).isNotBlank();
        });
    }

    private ChainReport verify() {
        return verifier.verify(
                List.of(List.copyOf(entries)).iterator(),
                batch -> {
                    Map<Long, String> found = new HashMap<>();
                    batch.forEach(entry -> {
                        if (rows.containsKey(entry.sourceId())) {
                            found.put(entry.position(), rows.get(entry.sourceId()));
                        }
                    });
                    return found;
                },
                checkpoints,
                checkpoint -> !forged.contains(checkpoint),
                List.of());
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
