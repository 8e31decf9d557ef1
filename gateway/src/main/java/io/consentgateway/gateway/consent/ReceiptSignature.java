package io.consentgateway.gateway.consent;

/** A receipt's signature: the algorithm and key that made it, and the signature bytes. */
record ReceiptSignature(String algorithm, String keyId, byte[] value) {}
