/**
 * Personal information incidents (PIPL Art. 57): the record with the time of each step, the affected customers found
 * from the record history, and the notices to the regulator and to the individuals.
 */
package io.consentgateway.gateway.incident;
