package io.consentgateway.gateway.crossborder;

import io.consentgateway.gateway.consent.ConsentLedger;
import io.consentgateway.gateway.crossborder.TransferVolumeLedger.RecordedTransfer;
import io.consentgateway.gateway.subject.SubjectPreferences;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.ConsentDecision;
import io.consentgateway.policies.consent.ProcessingDecision;
import io.consentgateway.policies.consent.SubjectFacts;
import io.consentgateway.policies.crossborder.OverseasRecipient;
import io.consentgateway.policies.crossborder.TransferVolumes;
import io.consentgateway.policies.notice.NoticeHistory;
import io.consentgateway.policies.records.AssessmentRequirement;
import io.consentgateway.routes.pipeline.NoticeHistorySource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transfer abroad (PIPL Arts. 38-39): only to a registered recipient whose mechanism is valid today, only of
 * subjects with a separate consent naming that recipient, and only while the year's volumes stay within what the
 * mechanism covers. The delivery is the recorded transfer and its manifest; no network call is made.
 */
@Service
class CrossBorderTransfers {

    private final OverseasRecipients recipients;
    private final TransferVolumeLedger ledger;
    private final ConsentLedger consents;
    private final SubjectPreferences subjects;
    private final ProcessingDecision decision;
    private final NoticeHistorySource notices;
    private final AssessmentRequirement requirement;
    private final CrossBorderVolumes volumes;
    private final Clock clock;

    CrossBorderTransfers(
            OverseasRecipients recipients,
            TransferVolumeLedger ledger,
            ConsentLedger consents,
            SubjectPreferences subjects,
            ProcessingDecision decision,
            NoticeHistorySource notices,
            AssessmentRequirement requirement,
            CrossBorderVolumes volumes,
            Clock clock) {
        this.recipients = recipients;
        this.ledger = ledger;
        this.consents = consents;
        this.subjects = subjects;
        this.decision = decision;
        this.notices = notices;
        this.requirement = requirement;
        this.volumes = volumes;
        this.clock = clock;
    }

    @Transactional
    TransferOutcome transfer(String recipientName, List<UUID> subjectIds, String actor) {
        Instant now = clock.instant();
        LocalDate today = volumes.today(now);
        OverseasRecipient recipient = recipients
                .find(recipientName)
                .orElseThrow(() -> new FieldProblem(
                        HttpStatus.CONFLICT, "recipient", "No overseas recipient of that name is registered"));
        if (!recipient.validOn(today)) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT,
                    "recipient",
                    "The recipient's " + recipient.mechanism().configName() + " expired on " + recipient.validUntil());
        }
        List<UUID> requested = List.copyOf(new LinkedHashSet<>(subjectIds));
        NoticeHistory history = notices.history();
        List<UUID> allowed = new ArrayList<>();
        Map<UUID, String> refused = new LinkedHashMap<>();
        for (UUID subject : requested) {
            Optional<String> refusal = refusal(subject, recipient, history);
            if (refusal.isPresent()) {
                refused.put(subject, refusal.get());
            } else {
                allowed.add(subject);
            }
        }
        boolean sensitive = recipient.fields().stream().anyMatch(requirement::sensitive);
        int year = today.getYear();
        ledger.lock();
        Map<UUID, Boolean> counted = ledger.counted(year, allowed);
        long newIndividuals =
                allowed.stream().filter(s -> !counted.containsKey(s)).count();
        long newSensitive = sensitive
                ? allowed.stream().filter(s -> !counted.getOrDefault(s, false)).count()
                : 0;
        TransferVolumes after = ledger.volumes(year).plus(newIndividuals, newSensitive);
        Optional<String> exceeded = volumes.thresholds().exceeded(recipient.mechanism(), after);
        if (exceeded.isPresent()) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT,
                    exceeded.get(),
                    "The transfer would pass the " + exceeded.get() + " threshold, which "
                            + recipient.mechanism().configName() + " does not cover");
        }
        RecordedTransfer recorded = new RecordedTransfer(
                UUID.randomUUID(), recipient, requested.size(), newIndividuals, newSensitive, year, actor, now);
        ledger.record(recorded, allowed, sensitive);
        volumes.warnNearThresholds(year, after);
        return new TransferOutcome(recorded, allowed.size(), refused);
    }

    private Optional<String> refusal(UUID subject, OverseasRecipient recipient, NoticeHistory history) {
        SubjectFacts facts;
        try {
            facts = subjects.facts(subject);
        } catch (FieldProblem unknown) {
            return Optional.of("subject-unknown");
        }
        // PIPL Art. 39: a separate consent naming this recipient; ProcessingDecision names what is missing
        ConsentDecision decided = decision.decide(
                recipient.purpose(), Optional.of(recipient.name()), consents.history(subject), facts, history);
        return decided instanceof ConsentDecision.Refused refusedFor
                ? Optional.of(refusedFor.reason())
                : Optional.empty();
    }

    /** @param refused subject id → reason, in request order */
    record TransferOutcome(RecordedTransfer transfer, int transferred, Map<UUID, String> refused) {}
}
