/**
 * Owns the overseas_recipient, cross_border_transfer and cross_border_individual tables: the registry of recipients
 * abroad, transfers with separate per-recipient consent, and the yearly volumes against the thresholds (PIPL 38-40).
 */
package io.consentgateway.gateway.crossborder;
