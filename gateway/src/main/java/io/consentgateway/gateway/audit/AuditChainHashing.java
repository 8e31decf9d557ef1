package io.consentgateway.gateway.audit;

import io.consentgateway.audit.chain.HashChain;
import io.consentgateway.gateway.keys.HashAlgorithm;
import io.consentgateway.gateway.keys.Hasher;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the chainer and the verifier must agree on exactly: the digest per link and the session's rendering. */
final class AuditChainHashing {

    private AuditChainHashing() {}

    static HashChain chain(Hasher hasher) {
        return new HashChain((algorithm, data) -> hasher.digest(HashAlgorithm.fromConfig(algorithm), data));
    }

    /** Renders timestamps in UTC and bytea as hex, whatever the server's defaults, for this transaction. */
    static void canonicalSession(JdbcTemplate jdbc) {
        jdbc.execute("set local timezone = 'UTC'");
        jdbc.execute("set local bytea_output = 'hex'");
    }
}
