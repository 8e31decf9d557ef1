package io.consentgateway.samples;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Platform user ids in the platforms' own shapes, never repeated within a data set. */
final class PlatformIds {

    private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";

    private final Random random;
    private final Set<String> issued = new HashSet<>();

    PlatformIds(Random random) {
        this.random = random;
    }

    /** WeChat openid: 28 characters starting with "o", one per app (mini-program, official account). */
    String openid() {
        return unique("o", URL_SAFE, 27);
    }

    /** WeChat unionid: one per person across the brand's WeChat apps. */
    String unionid() {
        return unique("o6_bm", URL_SAFE, 23);
    }

    /** Douyin open_id: "_000" and 32 alphanumerics. */
    String douyinOpenId() {
        return unique("_000", ALPHANUMERIC, 32);
    }

    /** Xiaohongshu user_id: 24 hexadecimal digits. */
    String xiaohongshuUserId() {
        return unique("", HEX, 24);
    }

    private String unique(String prefix, String alphabet, int length) {
        String id;
        do {
            StringBuilder text = new StringBuilder(prefix);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            id = text.toString();
        } while (!issued.add(id));
        return id;
    }
}
