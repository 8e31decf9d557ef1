/**
 * The consent ledger: purposes, versioned notices, signed consent receipts, the customer's own choices.
 * Owns the notice and consent_event tables; every purpose decision goes through the policies' ProcessingDecision.
 */
package io.consentgateway.gateway.consent;
