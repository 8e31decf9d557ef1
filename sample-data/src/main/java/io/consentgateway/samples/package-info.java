/**
 * Reproducible sample channel payloads: seeded Chinese customers, their orders, one payload file per channel, with
 * deliberately broken records in exact proportions and a manifest of what the gateway should do with each.
 */
package io.consentgateway.samples;
