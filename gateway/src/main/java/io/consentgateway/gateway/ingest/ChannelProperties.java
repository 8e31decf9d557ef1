package io.consentgateway.gateway.ingest;

import io.consentgateway.policies.consent.Purpose;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.channels.<name>.purposes}: the channels the gateway accepts and the purposes each processes for;
 * a record needs consent to every one of them (PIPL Art. 14: consent is per purpose).
 */
@ConfigurationProperties("gateway")
public record ChannelProperties(Map<String, Channel> channels) {

    public ChannelProperties {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    public record Channel(List<String> purposes) {
        public Channel {
            purposes = purposes == null ? List.of() : List.copyOf(purposes);
        }
    }

    Map<String, Set<Purpose>> purposesByChannel() {
        return channels.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey,
                        entry -> entry.getValue().purposes().stream()
                                .map(Purpose::new)
                                .collect(Collectors.toUnmodifiableSet())));
    }
}
