/**
 * Cross-cutting plumbing: embedded PostgreSQL, request ids, problem+json errors, clocks.
 * Owns nothing of the domain; every feature package may use it.
 */
package io.consentgateway.gateway.system;
