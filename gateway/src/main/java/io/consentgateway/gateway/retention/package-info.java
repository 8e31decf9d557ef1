/**
 * Retention purge (PIPL Arts. 19, 47): finds the customers no purpose justifies keeping any more and erases them by
 * crypto-shredding, in resumable, audited runs on a schedule or on request, with dry runs that only report.
 */
package io.consentgateway.gateway.retention;
