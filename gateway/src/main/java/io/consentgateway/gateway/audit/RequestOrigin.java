package io.consentgateway.gateway.audit;

import io.consentgateway.gateway.keys.BlindIndex;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request came from, as audit may keep it: a keyed digest of the address. A plain hash of an IPv4
 * address is reversible by trying all 2^32; the blind-index key makes the digest useless without the keystore, yet
 * equal for repeated calls from one address.
 */
@Component
public class RequestOrigin {

    private final BlindIndex blindIndex;

    RequestOrigin(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    /** @return the digest, or empty outside a request (background work) */
    public Optional<String> sourceIpDigest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        return Optional.ofNullable(request.getRemoteAddr()).map(address -> blindIndex.of("source-ip", address));
    }
}
