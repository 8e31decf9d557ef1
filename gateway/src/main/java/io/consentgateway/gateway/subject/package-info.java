/**
 * Customers (data subjects): the encrypted store, identity resolution by blind index, masked and full views.
 * Owns the subject, identifier and channel-source tables.
 */
package io.consentgateway.gateway.subject;
