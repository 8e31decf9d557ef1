/**
 * The gateway side of auditing: the revision context every Envers revision carries, the audit trail (read-access
 * log, admin actions), the hash chain with signed checkpoints and its verifier, and the compliance-officer API. The
 * revision entity and the chain rule live in the audit module.
 */
package io.consentgateway.gateway.audit;
