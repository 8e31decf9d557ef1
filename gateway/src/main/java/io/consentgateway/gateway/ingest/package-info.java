/**
 * Channel ingest: the API that hands batches to the Camel channel routes, the pipeline's store, quarantine and counts.
 * Owns the outcome ledger and the quarantine, and its review: masked inspection, fix-and-replay, discard.
 */
package io.consentgateway.gateway.ingest;
