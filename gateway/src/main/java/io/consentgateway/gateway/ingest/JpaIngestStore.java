package io.consentgateway.gateway.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.audit.RevisionContext;
import io.consentgateway.audit.RevisionContextHolder;
import io.consentgateway.gateway.activity.CustomerActivity;
import io.consentgateway.gateway.audit.AuditContexts;
import io.consentgateway.gateway.consent.ConsentLedger;
import io.consentgateway.gateway.keys.BlindIndex;
import io.consentgateway.gateway.keys.Envelopes;
import io.consentgateway.gateway.keys.Envelopes.SealedEnvelope;
import io.consentgateway.gateway.subject.Admission;
import io.consentgateway.gateway.subject.Arrival;
import io.consentgateway.gateway.subject.SubjectStore;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.quality.DataQuality;
import io.consentgateway.policies.quality.DataQualityAssessment;
import io.consentgateway.routes.pipeline.ChannelRecord;
import io.consentgateway.routes.pipeline.ConsentEvidence;
import io.consentgateway.routes.pipeline.IngestContext;
import io.consentgateway.routes.pipeline.IngestOutcome;
import io.consentgateway.routes.pipeline.IngestStore;
import io.consentgateway.routes.pipeline.PipelineRecords.AdmittedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.ConsentTerms;
import io.consentgateway.routes.pipeline.PipelineRecords.RefusedRecord;
import io.consentgateway.routes.pipeline.PipelineRecords.RejectedRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline's store: each record is one transaction that writes its data (or its quarantine entry) together
 * with its row in the outcome ledger; a record replayed from quarantine closes its entry in that transaction too. The
 * revision context is bound around the whole transaction because Envers writes the revision at commit.
 */
@Component
class JpaIngestStore implements IngestStore {

    private static final String QUARANTINED_PAYLOAD = "quarantined-payload";

    private final TransactionTemplate transactions;
    private final RevisionContextHolder revisions;
    private final AuditContexts auditContexts;
    private final SubjectStore subjects;
    private final IngestOutcomeRepository ledger;
    private final QuarantinedRecordRepository quarantine;
    private final Envelopes envelopes;
    private final ConsentLedger consents;
    private final ReplayedEntries replays;
    private final BlindIndex blindIndex;
    private final CustomerActivity activities;
    private final ChannelProperties channels;
    private final DataQualityAssessment cleaning = new DataQualityAssessment();
    private final ObjectMapper json;
    private final Clock clock;

    JpaIngestStore(
            TransactionTemplate transactions,
            RevisionContextHolder revisions,
            AuditContexts auditContexts,
            SubjectStore subjects,
            IngestOutcomeRepository ledger,
            QuarantinedRecordRepository quarantine,
            Envelopes envelopes,
            ConsentLedger consents,
            ReplayedEntries replays,
            BlindIndex blindIndex,
            CustomerActivity activities,
            ChannelProperties channels,
            ObjectMapper json,
            Clock clock) {
        this.transactions = transactions;
        this.revisions = revisions;
        this.auditContexts = auditContexts;
        this.subjects = subjects;
        this.ledger = ledger;
        this.quarantine = quarantine;
        this.envelopes = envelopes;
        this.consents = consents;
        this.replays = replays;
        this.blindIndex = blindIndex;
        this.activities = activities;
        this.channels = channels;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public IngestOutcome store(AdmittedRecord admitted) {
        ChannelRecord record = admitted.record();
        IngestContext context = record.context();
        String purposes =
                admitted.purposes().stream().map(Purpose::name).sorted().collect(Collectors.joining(","));
        RevisionContext revision =
                auditContexts.forActor(context.actor(), context.roles(), context.channel(), purposes);
        return revisions.callWith(
                revision,
                () -> transactions.execute(status -> {
                    ConsentTerms terms = admitted.terms();
                    Admission admission = subjects.admit(
                            admitted.profile(),
                            new Arrival(
                                    context.channel(),
                                    record.sourceId(),
                                    context.receivedAt(),
                                    channels.trustOf(context.channel()),
                                    admitted.channelIdentities()),
                            terms.minor());
                    if (admission instanceof Admission.Stored stored) {
                        admitted.activity()
                                .ifPresent(activity -> activities.record(
                                        stored.subjectId(),
                                        context.channel(),
                                        record.sourceId(),
                                        activity,
                                        context.receivedAt()));
                        consents.recordChannelChoices(
                                stored.subjectId(),
                                stored.created(),
                                record.raw().consents(),
                                terms.noticeVersion(),
                                context.channel(),
                                context.actor(),
                                terms.byGuardian(),
                                terms.guardian().map(this::guardianDigest).orElse(null));
                        return logged(
                                record,
                                IngestOutcome.stored(record.sourceId(), stored.subjectId()),
                                null,
                                cleaning.assess(record.raw(), admitted.profile()));
                    }
                    if (admission instanceof Admission.AlreadyReceived earlier) {
                        return logged(record, IngestOutcome.duplicate(record.sourceId(), earlier.subjectId()));
                    }
                    return quarantineInTransaction(
                            record, "identity-conflict:" + ((Admission.IdentityConflict) admission).field());
                }));
    }

    @Override
    public IngestOutcome quarantine(RejectedRecord rejected) {
        return transactions.execute(status -> quarantineInTransaction(rejected.record(), rejected.reason()));
    }

    // PIPL Art. 13: without a legal basis nothing about the person is kept, only the fact and the reason.
    @Override
    public IngestOutcome refuse(RefusedRecord refused) {
        return transactions.execute(status ->
                logged(refused.record(), IngestOutcome.refused(refused.record().sourceId(), refused.reason())));
    }

    private IngestOutcome quarantineInTransaction(ChannelRecord record, String reason) {
        byte[] payload = payloadJson(record);
        String digest = blindIndex.of(QUARANTINED_PAYLOAD, new String(payload, StandardCharsets.UTF_8));
        String channel = record.context().channel();
        if (!record.context().isReplay()
                && record.sourceId() != null
                && quarantine.existsByChannelAndSourceIdAndPayloadDigestAndStatus(
                        channel, record.sourceId(), digest, QuarantineEntryStatus.OPEN.label())) {
            return logged(record, IngestOutcome.duplicateOfQuarantined(record.sourceId()));
        }
        UUID id = UUID.randomUUID();
        SealedEnvelope sealed = envelopes.seal(payload, QuarantinedRecord.envelopeContext(id));
        quarantine.save(new QuarantinedRecord(
                id,
                record.context().channel(),
                record.sourceId(),
                reason,
                sealed,
                record.context().requestId(),
                clock.instant(),
                record.context().partner(),
                digest));
        return logged(record, IngestOutcome.quarantined(record.sourceId(), reason), id, null);
    }

    private IngestOutcome logged(ChannelRecord record, IngestOutcome outcome) {
        return logged(record, outcome, null, null);
    }

    /**
     * @param quarantineId the entry a quarantined record created
     * @param quality what cleaning did to a stored record
     */
    private IngestOutcome logged(ChannelRecord record, IngestOutcome outcome, UUID quarantineId, DataQuality quality) {
        IngestContext context = record.context();
        if (context.isReplay()) {
            replays.claim(context);
        }
        IngestOutcomeRow entry =
                new IngestOutcomeRow(context, record.sourceId(), outcome, quarantineId, clock.instant());
        if (quality != null) {
            entry.assessed(quality);
        }
        IngestOutcomeRow row = ledger.save(entry);
        if (context.isReplay()) {
            replays.supersede(context, row.id(), outcome);
        }
        return outcome;
    }

    /** The guardian's identity kept as evidence only as a keyed digest (PIPL Art. 31). */
    private String guardianDigest(ConsentEvidence.Guardian guardian) {
        return blindIndex.of("guardian-id-number", guardian.idNumber().strip().toUpperCase(Locale.ROOT));
    }

    private byte[] payloadJson(ChannelRecord record) {
        try {
            return json.writeValueAsBytes(record.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A received payload could not be serialised for quarantine", e);
        }
    }
}
