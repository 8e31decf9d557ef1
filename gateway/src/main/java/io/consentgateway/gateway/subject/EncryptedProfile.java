package io.consentgateway.gateway.subject;

/** A subject's stored fields: personal ones as ciphertext, the segmentation ones (gender, region) as text. */
record EncryptedProfile(
        byte[] name,
        byte[] mobile,
        byte[] idNumber,
        byte[] birthDate,
        String gender,
        String province,
        String city,
        String district,
        byte[] address,
        byte[] email) {}
