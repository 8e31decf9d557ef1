package io.consentgateway.routes.downstream;

/**
 * How one downstream system answered.
 *
 * @param attempts deliveries tried, the first included
 * @param failure the last failure's kind when not acknowledged (no message text: it may echo data)
 */
public record DownstreamAck(String system, boolean acknowledged, int attempts, String failure) {}
