/** The partner registry: third parties whose feeds the gateway accepts, and on what terms. */
package io.consentgateway.gateway.partner;
