/**
 * Authentication (Shiro realms) and authorisation: each operation's permission comes from openapi.yaml.
 * Owns who the caller is and what the caller may do.
 */
package io.consentgateway.gateway.security;
