package io.consentgateway.gateway.ingest;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.identity.SourceTrust;
import io.consentgateway.routes.channel.PlatformFieldMapping;
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

    /**
     * @param purposes what the channel's records are processed for
     * @param signingSecret when set, every delivery must carry a valid HMAC-SHA256 webhook signature (see README)
     * @param sourceId the platform's field that identifies a record (default {@code sourceId})
     * @param fields platform field → our field; when given, unmapped platform fields are not collected
     * @param partnerFeed records come from third parties, each batch naming a registered partner ({@code X-Partner})
     * @param trust how far the channel's word about a person counts when it disagrees with ours: first-party
     *     (default), transaction (order receivers), partner (always, on partner feeds)
     */
    public record Channel(
            List<String> purposes,
            String signingSecret,
            String sourceId,
            Map<String, String> fields,
            boolean partnerFeed,
            String trust) {
        public Channel {
            purposes = purposes == null ? List.of() : List.copyOf(purposes);
            fields = fields == null ? Map.of() : Map.copyOf(fields);
            if (trust != null && SourceTrust.parse(trust).isEmpty()) {
                throw new IllegalArgumentException("trust must be first-party, transaction or partner, not " + trust);
            }
        }

        // PRODUCT.md: partner data never overwrites first-party data, whatever the configuration says.
        SourceTrust sourceTrust() {
            return partnerFeed ? SourceTrust.PARTNER : SourceTrust.parse(trust).orElse(SourceTrust.FIRST_PARTY);
        }

        PlatformFieldMapping mapping() {
            return new PlatformFieldMapping(sourceId, fields);
        }

        boolean signed() {
            return signingSecret != null && !signingSecret.isBlank();
        }

        @Override
        public String toString() {
            return "Channel[purposes=" + purposes + ", signed=" + signed() + ", fields=" + fields + "]";
        }
    }

    SourceTrust trustOf(String channel) {
        Channel configured = channels.get(channel);
        return configured == null ? SourceTrust.PARTNER : configured.sourceTrust();
    }

    Map<String, PlatformFieldMapping> mappings() {
        return channels.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, entry -> entry.getValue().mapping()));
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
