/**
 * Owns the impact_assessment and purpose_activation tables: personal information protection impact assessments,
 * which purposes are in operation, and the record of processing activities (PIPL Arts. 55-56).
 */
package io.consentgateway.gateway.records;
