/**
 * Key management: the keystore with the key-encryption and blind-index keys, per-subject data keys, field encryption.
 * Owns the only code that touches key material.
 */
package io.consentgateway.gateway.keys;
