/**
 * Data-subject requests (PIPL Arts. 44-50): intake from customers and staff, requester verification by one-time
 * code, deadlines on a working-day calendar, and carrying out access, export, correction, deletion, withdrawal,
 * restriction and explanation — or refusing with reasons.
 */
package io.consentgateway.gateway.dsr;
