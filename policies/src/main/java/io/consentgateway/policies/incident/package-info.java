/**
 * Personal information incidents (PIPL Art. 57): what a breach notice must contain, and when notifying the
 * individuals may be skipped. Plain Java, no framework.
 */
package io.consentgateway.policies.incident;
