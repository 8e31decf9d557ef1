/**
 * Entrusted processors (PIPL Art. 21): what a processor's contract lets it reach, and the deletion confirmation owed
 * when the contract ends. Plain Java, no framework.
 */
package io.consentgateway.policies.processor;
