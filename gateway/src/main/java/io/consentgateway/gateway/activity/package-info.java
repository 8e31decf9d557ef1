/** Orders, POS sales and event check-ins stored under the pseudonymous subject id, for RFM and tags. */
package io.consentgateway.gateway.activity;
