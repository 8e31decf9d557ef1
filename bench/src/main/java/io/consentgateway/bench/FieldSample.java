package io.consentgateway.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** One short personal-information value as the gateway encrypts it: a field of one subject. */
record FieldSample(UUID subjectId, String field, String value) {

    private static final UUID SUBJECT = UUID.fromString("6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f");

    /** An E.164 mobile, an 18-digit resident ID number (valid check digit) and a 3-character name (9 UTF-8 bytes). */
    static List<FieldSample> shortValues() {
        return List.of(
                new FieldSample(SUBJECT, "mobile", "+8613812341234"),
                new FieldSample(SUBJECT, "idNumber", "110105199003071239"),
                new FieldSample(SUBJECT, "name", "王小明"));
    }

    /** The owner and column the ciphertext is bound to, as the gateway's FieldEncryption builds it. */
    byte[] associatedData() {
        return ("subject/" + subjectId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "FieldSample[" + field + "]";
    }
}
