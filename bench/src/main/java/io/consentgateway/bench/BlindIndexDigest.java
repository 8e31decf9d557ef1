package io.consentgateway.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/** The blind index of a normalised mobile number, computed as the gateway's BlindIndex does, with a chosen MAC. */
final class BlindIndexDigest implements Operation {

    private static final byte[] KIND = "mobile".getBytes(StandardCharsets.UTF_8);

    private final JcaLookup<Mac> macs;
    private final SecretKey key;
    private final String mobile;

    BlindIndexDigest(JcaLookup<Mac> macs, SecretKey key, String mobile) {
        this.macs = macs;
        this.key = key;
        this.mobile = mobile;
    }

    @Override
    public int run(long iteration) throws GeneralSecurityException {
        return of().charAt((int) (iteration & 31));
    }

    String of() throws GeneralSecurityException {
        Mac mac = macs.create();
        mac.init(key);
        mac.update(KIND);
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(mobile.getBytes(StandardCharsets.UTF_8)));
    }
}
