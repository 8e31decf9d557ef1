package io.consentgateway.routes.channel;

import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.routes.pipeline.ChannelRecord;
import io.consentgateway.routes.pipeline.ConsentEvidence;
import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps member sign-up payloads (flat JSON objects with a {@code sourceId}, text fields and a {@code consents}
 * object of purpose → boolean) to {@link ChannelRecord}s. Shape problems are not thrown: they travel with the
 * record, which the pipeline then quarantines with the field named.
 */
public final class MemberPayloadMapping {

    private static final String SOURCE_ID = "sourceId";
    private static final String CONSENTS = "consents";
    private static final String NOTICE_VERSION = "noticeVersion";
    private static final String GUARDIAN = "guardian";
    private static final Pattern SOURCE_ID_SHAPE = Pattern.compile("[\\p{Alnum}._:\\-]{1,128}");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final String UNNAMEABLE_FIELD = "unnamed-field";

    private final PlatformFieldMapping platform;

    /** For payloads that already use our field names. */
    public MemberPayloadMapping() {
        this(new PlatformFieldMapping(null, null));
    }

    public MemberPayloadMapping(PlatformFieldMapping platform) {
        this.platform = platform;
    }

    public List<ChannelRecord> toRecords(IngestBatch batch) {
        List<ChannelRecord> records = new ArrayList<>(batch.payloads().size());
        for (int index = 0; index < batch.payloads().size(); index++) {
            ChannelRecord record = toRecord(batch.context(), batch.payloads().get(index));
            Rejection transportProblem = batch.transportProblems().get(index);
            records.add(
                    transportProblem == null
                            ? record
                            : new ChannelRecord(
                                    record.context(),
                                    record.raw(),
                                    record.evidence(),
                                    record.payload(),
                                    Optional.of(transportProblem)));
        }
        return records;
    }

    ChannelRecord toRecord(IngestContext context, Map<String, Object> payload) {
        Map<String, Object> original = payload == null ? Map.of() : payload;
        Map<String, Object> received = platform.normalise(original);
        Map<String, String> fields = new HashMap<>();
        Map<String, Boolean> consents = new HashMap<>();
        Optional<Integer> noticeVersion = Optional.empty();
        Optional<ConsentEvidence.Guardian> guardian = Optional.empty();
        Optional<Rejection> problem = Optional.empty();

        Object sourceId = received.get(SOURCE_ID);
        String source = isScalar(sourceId) ? String.valueOf(sourceId).strip() : null;
        if (source == null || source.isEmpty()) {
            problem = Optional.of(new Rejection("missing", SOURCE_ID));
            source = null;
        } else if (!SOURCE_ID_SHAPE.matcher(source).matches()) {
            problem = Optional.of(new Rejection("invalid-source-id", SOURCE_ID));
            source = null;
        }
        for (Map.Entry<String, Object> entry : received.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            if (SOURCE_ID.equals(name) || value == null) {
                continue;
            }
            if (CONSENTS.equals(name)) {
                problem = problem.or(() -> readConsents(value, consents));
            } else if (NOTICE_VERSION.equals(name)) {
                noticeVersion = noticeVersion(value);
                if (noticeVersion.isEmpty()) {
                    problem = problem.or(() -> Optional.of(new Rejection("invalid-notice-version", NOTICE_VERSION)));
                }
            } else if (GUARDIAN.equals(name)) {
                guardian = guardian(value);
                if (guardian.isEmpty()) {
                    problem = problem.or(() -> Optional.of(new Rejection("invalid-type", GUARDIAN)));
                }
            } else if (!FIELD_NAME.matcher(name).matches()) {
                problem = problem.or(() -> Optional.of(new Rejection("unclassified-field", UNNAMEABLE_FIELD)));
            } else if (isScalar(value)) {
                fields.put(name, String.valueOf(value));
            } else {
                problem = problem.or(() -> Optional.of(new Rejection("invalid-type", name)));
            }
        }
        RawRecord raw = new RawRecord(context.channel(), source, fields, consents);
        // the quarantine keeps what the platform sent, so a fixed record replays through the same mapping
        return new ChannelRecord(context, raw, new ConsentEvidence(noticeVersion, guardian), original, problem);
    }

    private static Optional<Rejection> readConsents(Object value, Map<String, Boolean> consents) {
        if (!(value instanceof Map<?, ?> choices)) {
            return Optional.of(new Rejection("invalid-type", CONSENTS));
        }
        for (Map.Entry<?, ?> choice : choices.entrySet()) {
            if (!(choice.getValue() instanceof Boolean granted)) {
                return Optional.of(new Rejection("invalid-type", CONSENTS));
            }
            consents.put(String.valueOf(choice.getKey()), granted);
        }
        return Optional.empty();
    }

    private static Optional<Integer> noticeVersion(Object value) {
        if (value instanceof Integer version && version >= 1) {
            return Optional.of(version);
        }
        if (value instanceof String text && text.strip().matches("[1-9][0-9]{0,5}")) {
            return Optional.of(Integer.parseInt(text.strip()));
        }
        return Optional.empty();
    }

    private static Optional<ConsentEvidence.Guardian> guardian(Object value) {
        if (!(value instanceof Map<?, ?> given)
                || !(given.get("name") instanceof String name)
                || !(given.get("idNumber") instanceof String idNumber)) {
            return Optional.empty();
        }
        Object relation = given.get("relation");
        return Optional.of(
                new ConsentEvidence.Guardian(name, idNumber, relation instanceof String text ? text : "guardian"));
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
