/**
 * The web side of auditing: wiring the revision context that every Envers revision carries.
 * The revision entity itself lives in the audit module.
 */
package io.consentgateway.gateway.audit;
