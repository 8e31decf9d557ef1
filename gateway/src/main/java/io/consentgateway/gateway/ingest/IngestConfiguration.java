package io.consentgateway.gateway.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.policies.activity.ActivityCheck;
import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.classification.FieldScreen;
import io.consentgateway.policies.consent.ChannelConsentPolicy;
import io.consentgateway.policies.consent.ProcessingDecision;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.record.MemberRecordCheck;
import io.consentgateway.policies.region.Divisions;
import io.consentgateway.policies.validation.AmountNormaliser;
import io.consentgateway.policies.validation.DateNormaliser;
import io.consentgateway.policies.validation.DateTimeNormaliser;
import io.consentgateway.policies.validation.MobileNumberNormaliser;
import io.consentgateway.policies.validation.ResidentIdNumberValidator;
import io.consentgateway.routes.channel.KafkaChannelRoute;
import io.consentgateway.routes.channel.KafkaIngest;
import io.consentgateway.routes.channel.MemberChannelRoutes;
import io.consentgateway.routes.filedrop.FileDropReceipts;
import io.consentgateway.routes.filedrop.FileDropRoutes;
import io.consentgateway.routes.pipeline.ConsentStep;
import io.consentgateway.routes.pipeline.IngestObserver;
import io.consentgateway.routes.pipeline.IngestStore;
import io.consentgateway.routes.pipeline.NoticeHistorySource;
import io.consentgateway.routes.pipeline.PartnerRegistry;
import io.consentgateway.routes.pipeline.ProtectionPipelineRoute;
import io.consentgateway.routes.pipeline.RecordCheckStep;
import io.consentgateway.routes.pipeline.StorageRetry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the policies and the Camel routes; Camel starts every RouteBuilder bean. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    MemberRecordCheck memberRecordCheck(Clock clock) {
        return new MemberRecordCheck(
                new MobileNumberNormaliser(),
                new ResidentIdNumberValidator(clock),
                new DateNormaliser(clock),
                Divisions.standard());
    }

    @Bean
    FieldScreen fieldScreen(
            Classification classification,
            PurposeCatalogue purposes,
            ChannelProperties channels,
            @Value("${gateway.classification.on-extra-field:quarantine}") String onExtraField) {
        channels.purposesByChannel()
                .forEach((channel, channelPurposes) -> channelPurposes.forEach(purpose -> {
                    if (purposes.find(purpose).isEmpty()) {
                        throw new IllegalStateException("Channel " + channel + " processes for purpose " + purpose
                                + ", which purposes.yaml does not define");
                    }
                }));
        return new FieldScreen(
                classification,
                purposes,
                FieldScreen.OnExtraField.valueOf(onExtraField.strip().toUpperCase(Locale.ROOT)));
    }

    @Bean
    ChannelConsentPolicy channelConsentPolicy(ChannelProperties channels, PurposeCatalogue purposes) {
        return new ChannelConsentPolicy(channels.purposesByChannel(), purposes);
    }

    @Bean
    ProtectionPipelineRoute protectionPipelineRoute(
            FieldScreen screen,
            Classification classification,
            MemberRecordCheck check,
            ChannelConsentPolicy consent,
            ProcessingDecision decision,
            NoticeHistorySource notices,
            PartnerRegistry partners,
            Clock clock,
            IngestStore store,
            @Value("${gateway.ingest.local-zone:Asia/Shanghai}") ZoneId localZone,
            @Value("${gateway.ingest.store-retries:3}") int retries,
            @Value("${gateway.ingest.store-retry-delay-ms:50}") long retryDelay) {
        return new ProtectionPipelineRoute(
                new RecordCheckStep(
                        screen,
                        consent,
                        new ActivityCheck(new AmountNormaliser(), new DateTimeNormaliser(clock, localZone)),
                        check),
                new ConsentStep(
                        consent,
                        classification,
                        decision,
                        notices,
                        new ResidentIdNumberValidator(clock),
                        partners,
                        clock),
                store,
                new StorageRetry(retries, retryDelay));
    }

    /** A route per configured channel, from one template; the channel's field mapping is its only difference. */
    @Bean
    MemberChannelRoutes memberChannelRoutes(ChannelProperties channels, IngestObserver metrics) {
        return new MemberChannelRoutes(channels.mappings(), metrics);
    }

    /** The ingest topic's route, when {@code gateway.kafka.brokers} is set. */
    @Bean
    RoutesBuilder kafkaChannelRoute(
            KafkaIngestProperties kafka,
            ChannelProperties channels,
            ObjectMapper json,
            Clock clock,
            IngestObserver metrics) {
        if (!kafka.enabled()) {
            return new RouteBuilder() {
                @Override
                public void configure() {}
            };
        }
        Set<String> partnerFeeds = channels.channels().entrySet().stream()
                .filter(entry -> entry.getValue().partnerFeed())
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
        return new KafkaChannelRoute(
                new KafkaIngest(kafka.brokers(), kafka.topic(), kafka.groupId(), kafka.consumers(), partnerFeeds),
                channels.channels().keySet(),
                json,
                clock,
                metrics);
    }

    /** A file-drop route per {@code gateway.file-drops} entry, each feeding the channel of the same name. */
    @Bean
    FileDropRoutes fileDropRoutes(
            FileDropProperties fileDrops,
            ChannelProperties channels,
            FileDropReceipts receipts,
            IngestObserver metrics,
            Clock clock) {
        fileDrops.drops().forEach(drop -> {
            if (!channels.channels().containsKey(drop.channel())) {
                throw new IllegalStateException(
                        "File drop " + drop.channel() + " has no channel of that name in gateway.channels");
            }
        });
        return new FileDropRoutes(fileDrops.drops(), receipts, metrics, clock);
    }
}
