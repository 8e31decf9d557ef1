/**
 * The web pages (compliance console, privacy portal): static files that call the public API like any other client;
 * this package only serves them, with a strict content security policy.
 */
package io.consentgateway.gateway.web;
