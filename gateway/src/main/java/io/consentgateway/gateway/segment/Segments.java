package io.consentgateway.gateway.segment;

import io.consentgateway.api.model.Segment;
import io.consentgateway.api.model.SegmentDefinition;
import io.consentgateway.api.model.SegmentRule;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.consent.PurposeDefinition;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Segment definitions: each bound to one purpose it can lawfully serve, with tiers the schemes know. */
@Service
public class Segments {

    private final SegmentStore store;
    private final PurposeCatalogue purposes;
    private final SegmentProperties settings;
    private final Clock clock;

    Segments(SegmentStore store, PurposeCatalogue purposes, SegmentProperties settings, Clock clock) {
        this.store = store;
        this.purposes = purposes;
        this.settings = settings;
        this.clock = clock;
    }

    List<Segment> all() {
        return store.all();
    }

    Segment get(UUID id) {
        return store.find(id).orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "segmentId", "No such segment"));
    }

    public Segment create(SegmentDefinition definition, String actor) {
        UUID id = UUID.randomUUID();
        check(definition, id);
        store.insert(id, definition, actor, clock.instant());
        return get(id);
    }

    Segment update(UUID id, SegmentDefinition definition, String actor) {
        get(id);
        check(definition, id);
        store.update(id, definition, actor, clock.instant());
        return get(id);
    }

    void delete(UUID id) {
        if (!store.delete(id)) {
            throw new FieldProblem(HttpStatus.NOT_FOUND, "segmentId", "No such segment");
        }
    }

    private void check(SegmentDefinition definition, UUID id) {
        Optional<PurposeDefinition> purpose = Optional.ofNullable(definition.getPurpose())
                .filter(Purpose::isValidName)
                .flatMap(name -> purposes.find(new Purpose(name)));
        if (purpose.isEmpty()) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "purpose", "No such purpose in the purpose catalogue");
        }
        if (purpose.get().perRecipient()) {
            throw new FieldProblem(
                    HttpStatus.BAD_REQUEST,
                    "purpose",
                    "A purpose that needs a consent per recipient cannot be a segment's purpose");
        }
        SegmentRule rule = definition.getRule() == null ? new SegmentRule() : definition.getRule();
        unknownTier(rule.getValueTiers(), settings.value().tierNames(), "rule.valueTiers");
        unknownTier(rule.getLifecycleTiers(), settings.lifecycle().tierNames(), "rule.lifecycleTiers");
        if (store.nameTakenByAnother(definition.getName(), id)) {
            throw new FieldProblem(HttpStatus.CONFLICT, "name", "Another segment has this name");
        }
    }

    private static void unknownTier(List<String> asked, List<String> known, String field) {
        if (asked != null && !known.containsAll(asked)) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, field, "Tiers of this scheme are " + known);
        }
    }
}
