package io.consentgateway.routes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.activity.ActivityCheck;
import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.classification.FieldScreen;
import io.consentgateway.policies.consent.ActivePurposes;
import io.consentgateway.policies.consent.ChannelConsentPolicy;
import io.consentgateway.policies.consent.ProcessingDecision;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.notice.NoticeHistory;
import io.consentgateway.policies.record.MemberRecordCheck;
import io.consentgateway.policies.region.Divisions;
import io.consentgateway.policies.testing.Notices;
import io.consentgateway.policies.validation.AmountNormaliser;
import io.consentgateway.policies.validation.DateNormaliser;
import io.consentgateway.policies.validation.DateTimeNormaliser;
import io.consentgateway.policies.validation.MobileNumberNormaliser;
import io.consentgateway.policies.validation.ResidentIdNumberValidator;
import io.consentgateway.routes.channel.MemberChannelRoutes;
import io.consentgateway.routes.channel.PlatformFieldMapping;
import io.consentgateway.routes.pipeline.PipelineRecords.AdmittedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.RefusedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.RejectedRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProtectionPipelineRouteTest {

    private final FlakyStore store = new FlakyStore();
    private CamelContext camel;

    private IngestSummary deliver(List<Map<String, Object>> payloads) throws Exception {
        Clock clock = Clock.systemUTC();
        MemberRecordCheck check = new MemberRecordCheck(
                new MobileNumberNormaliser(),
                new ResidentIdNumberValidator(clock),
                new DateNormaliser(clock),
                Divisions.standard());
        ChannelConsentPolicy consent =
                new ChannelConsentPolicy(Map.of("web", Set.of(new Purpose("membership"))), PurposeCatalogue.standard());
        FieldScreen screen = new FieldScreen(
                Classification.standard(), PurposeCatalogue.standard(), FieldScreen.OnExtraField.QUARANTINE);
        NoticeHistory notices =
                Notices.historyOf(Notices.aNotice(1, Notices.aSection("membership"), Notices.aSection("sensitive-pi")));
        ConsentStep consentStep = new ConsentStep(
                consent,
                Classification.standard(),
                new ProcessingDecision(PurposeCatalogue.standard(), ActivePurposes.all(), clock),
                () -> notices,
                new ResidentIdNumberValidator(clock),
                partner -> Optional.empty(),
                clock);
        camel = new DefaultCamelContext();
        camel.addRoutes(new ProtectionPipelineRoute(
                new RecordCheckStep(
                        screen,
                        consent,
                        new ActivityCheck(
                                new AmountNormaliser(), new DateTimeNormaliser(clock, ZoneId.of("Asia/Shanghai"))),
                        check),
                consentStep,
                store,
                new StorageRetry(2, 1)));
        camel.addRoutes(new MemberChannelRoutes(Map.of("web", new PlatformFieldMapping(null, null))));
        camel.start();
        IngestContext context = new IngestContext("web", "integrator", "integrator", "req-1", Instant.now());
        return camel.createProducerTemplate()
                .requestBody(
                        MemberChannelRoutes.endpointOf("web"), new IngestBatch(context, payloads), IngestSummary.class);
    }

    @AfterEach
    void stopCamel() {
        if (camel != null) {
            camel.stop();
        }
    }

    private static Map<String, Object> aMember(String sourceId) {
        Map<String, Object> member = new HashMap<>();
        member.put("sourceId", sourceId);
        member.put("name", "张三");
        member.put("mobile", "13812341234");
        member.put("idNumber", "11010519491231002X");
        member.put("consents", Map.of("membership", true, "sensitive-pi", true));
        return member;
    }

    @Test
    void everyRecordEndsInExactlyOneOutcome() throws Exception {
        Map<String, Object> badCheckDigit = aMember("s-2");
        badCheckDigit.put("idNumber", "110105194912310021");
        Map<String, Object> noConsent = aMember("s-3");
        noConsent.remove("consents");
        Map<String, Object> nested = aMember("s-4");
        nested.put("address", Map.of("street", "x"));
        Map<String, Object> noSourceId = aMember("s-5");
        noSourceId.remove("sourceId");

        IngestSummary summary = deliver(List.of(aMember("s-1"), badCheckDigit, noConsent, nested, noSourceId));

        assertThat(summary.received()).isEqualTo(5);
        assertThat(summary.outcomes())
                .extracting(IngestOutcome::kind)
                .containsExactly(
                        OutcomeKind.STORED,
                        OutcomeKind.QUARANTINED,
                        OutcomeKind.REFUSED,
                        OutcomeKind.QUARANTINED,
                        OutcomeKind.QUARANTINED);
        assertThat(summary.outcomes())
                .extracting(outcome -> outcome.reason().orElse(""))
                .containsExactly(
                        "",
                        "check-digit-mismatch:idNumber",
                        "consent-missing:membership",
                        "invalid-type:address",
                        "missing:sourceId");
    }

    // PIPL Art. 29: an ID number needs separate consent besides membership.
    @Test
    void sensitiveFieldsWithoutSeparateConsentAreRefused() throws Exception {
        Map<String, Object> member = aMember("s-1");
        member.put("consents", Map.of("membership", true));
        IngestSummary summary = deliver(List.of(member));
        assertThat(summary.outcomes().get(0).reason()).contains("separate-consent-missing:sensitive-pi");
    }

    @Test
    void storageThatFailsBrieflyIsRetried() throws Exception {
        store.failuresLeft.set(2);
        IngestSummary summary = deliver(List.of(aMember("s-1")));
        assertThat(summary.outcomes()).extracting(IngestOutcome::kind).containsExactly(OutcomeKind.STORED);
    }

    @Test
    void storageThatKeepsFailingQuarantinesTheRecordInsteadOfLosingIt() throws Exception {
        store.failuresLeft.set(Integer.MAX_VALUE);
        IngestSummary summary = deliver(List.of(aMember("s-1")));
        assertThat(summary.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo(OutcomeKind.QUARANTINED);
            assertThat(outcome.reason()).contains("storage-failed:record");
        });
        assertThat(store.quarantined).hasSize(1);
    }

    /** An in-memory store whose first {@code failuresLeft} store calls fail, as a database outage would. */
    static final class FlakyStore implements IngestStore {
        final AtomicInteger failuresLeft = new AtomicInteger();
        final List<RejectedRecord> quarantined = new ArrayList<>();

        @Override
        public IngestOutcome store(AdmittedRecord record) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("database unavailable");
            }
            return IngestOutcome.stored(record.record().sourceId(), UUID.randomUUID());
        }

        @Override
        public IngestOutcome quarantine(RejectedRecord record) {
            quarantined.add(record);
            return IngestOutcome.quarantined(record.record().sourceId(), record.reason());
        }

        @Override
        public IngestOutcome refuse(RefusedRecord record) {
            return IngestOutcome.refused(record.record().sourceId(), record.reason());
        }
    }
}
