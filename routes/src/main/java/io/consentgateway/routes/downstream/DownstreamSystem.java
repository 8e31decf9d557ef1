package io.consentgateway.routes.downstream;

import java.util.Objects;

/**
 * A system that received customer data from the gateway and must hear of its correction or deletion (PIPL Art. 47
 * and the recipient duties of Art. 23).
 *
 * @param name how certificates and operators call it
 * @param uri a Camel endpoint: {@code http://crm.example.com/erasures} (a webhook; 2xx is the acknowledgement) or
 *     {@code kafka:consent-gateway.erasures?brokers=...} (the broker's write acknowledgement)
 */
public record DownstreamSystem(String name, String uri) {

    public DownstreamSystem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uri, "uri");
    }
}
