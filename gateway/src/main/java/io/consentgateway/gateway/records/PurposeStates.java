package io.consentgateway.gateway.records;

import io.consentgateway.gateway.records.ImpactAssessments.RecordedAssessment;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.ActivePurposes;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.consent.PurposeDefinition;
import io.consentgateway.policies.records.ActivationState;
import io.consentgateway.policies.records.ImpactAssessment;
import io.consentgateway.policies.records.PurposeActivation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which purposes are in operation (PIPL Art. 55), for every processing path through the policies'
 * ProcessingDecision. The states are computed from the assessments and the handler's switches (table
 * {@code purpose_activation}) and held for a few seconds: the pipeline asks for every record, and another instance's
 * change reaches this one within that time.
 */
@Service
public class PurposeStates implements ActivePurposes {

    private static final Duration HELD_FOR = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final ImpactAssessments assessments;
    private final PurposeCatalogue catalogue;
    private final PurposeActivation activation;
    private final Clock clock;
    private volatile Snapshot snapshot;

    PurposeStates(
            JdbcTemplate jdbc,
            ImpactAssessments assessments,
            PurposeCatalogue catalogue,
            PurposeActivation activation,
            Clock clock) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.activation = activation;
        this.clock = clock;
    }

    @Override
    public boolean isActive(Purpose purpose) {
        ActivationState state = current().states().get(purpose);
        return state != null && state.active();
    }

    /** Every purpose of the catalogue in file order, with its state and latest assessment. */
    Map<Purpose, PurposeState> all() {
        Map<Purpose, RecordedAssessment> latest = assessments.latestByPurpose();
        Map<Purpose, Boolean> switches = switches();
        Map<Purpose, PurposeState> states = new LinkedHashMap<>();
        for (PurposeDefinition definition : catalogue.all()) {
            Optional<RecordedAssessment> assessment = Optional.ofNullable(latest.get(definition.purpose()));
            states.put(
                    definition.purpose(),
                    new PurposeState(
                            definition,
                            activation.state(
                                    definition,
                                    assessment.map(RecordedAssessment::assessment),
                                    Optional.ofNullable(switches.get(definition.purpose()))),
                            assessment));
        }
        return states;
    }

    PurposeState of(Purpose purpose) {
        requireKnown(purpose);
        return all().get(purpose);
    }

    /** @throws FieldProblem 409 naming {@code assessment} when the purpose needs an approving assessment first */
    @Transactional
    public PurposeState activate(Purpose purpose, String by) {
        PurposeDefinition definition = requireKnown(purpose);
        Optional<ImpactAssessment> latest =
                Optional.ofNullable(assessments.latestByPurpose().get(purpose)).map(RecordedAssessment::assessment);
        if (activation.activation(definition, latest) instanceof ActivationState.Inactive refused) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT,
                    "assessment",
                    "Purpose " + purpose + " needs an approving impact assessment before it is activated ("
                            + refused.reason() + ", PIPL Art. 55)");
        }
        return switchTo(purpose, true, by);
    }

    @Transactional
    PurposeState deactivate(Purpose purpose, String by) {
        requireKnown(purpose);
        return switchTo(purpose, false, by);
    }

    /** After a change here: the next question is answered from the tables. */
    void forget() {
        snapshot = null;
    }

    private PurposeState switchTo(Purpose purpose, boolean active, String by) {
        jdbc.update(
                "insert into purpose_activation (purpose, active, changed_by, changed_at) values (?, ?, ?, ?)"
                        + " on conflict (purpose) do update set active = excluded.active,"
                        + " changed_by = excluded.changed_by, changed_at = excluded.changed_at",
                purpose.name(),
                active,
                by,
                Timestamp.from(clock.instant()));
        forget();
        return of(purpose);
    }

    private PurposeDefinition requireKnown(Purpose purpose) {
        return catalogue
                .find(purpose)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "purpose", "No such purpose"));
    }

    private Map<Purpose, Boolean> switches() {
        Map<Purpose, Boolean> switches = new LinkedHashMap<>();
        jdbc.query("select purpose, active from purpose_activation", rs -> {
            if (Purpose.isValidName(rs.getString("purpose"))) {
                switches.put(new Purpose(rs.getString("purpose")), rs.getBoolean("active"));
            }
        });
        return switches;
    }

    private Snapshot current() {
        Snapshot held = snapshot;
        Instant now = clock.instant();
        if (held == null
                || held.takenAt().plus(HELD_FOR).isBefore(now)
                || held.takenAt().isAfter(now)) {
            Map<Purpose, ActivationState> states = new LinkedHashMap<>();
            all().forEach((purpose, state) -> states.put(purpose, state.state()));
            held = new Snapshot(Map.copyOf(states), now);
            snapshot = held;
        }
        return held;
    }

    /** A purpose as the record of processing activities shows it. */
    record PurposeState(
            PurposeDefinition definition, ActivationState state, Optional<RecordedAssessment> latestAssessment) {}

    private record Snapshot(Map<Purpose, ActivationState> states, Instant takenAt) {}
}
