/** Tags, RFM tiers and segments: computed in SQL, role-scoped, consent-filtered, masked, exported under audit. */
package io.consentgateway.gateway.segment;
