/**
 * Entrusted processors (PIPL Art. 21): the contract registry, what a processor's own calls may reach, and the
 * deletion confirmation owed when a contract ends.
 */
package io.consentgateway.gateway.processor;
