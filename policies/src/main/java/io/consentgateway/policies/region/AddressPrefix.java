package io.consentgateway.policies.region;

/** The divisions an address starts with, and where in the (width-folded) address they end. */
record AddressPrefix(Region region, int end) {}
