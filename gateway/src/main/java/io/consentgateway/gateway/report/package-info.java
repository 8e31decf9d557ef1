/**
 * Aggregate figures for compliance officers: consent coverage per purpose and activity per day, counted in SQL.
 * Owns no table and returns counts only, never a customer.
 */
package io.consentgateway.gateway.report;
