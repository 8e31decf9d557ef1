/**
 * On-demand benchmarks that report each variant as a ratio to a baseline measured in the same run (speed goals
 * live here, never in timed unit tests). Start them with {@code bench/run}; nothing here runs during verify.
 */
package io.consentgateway.bench;
