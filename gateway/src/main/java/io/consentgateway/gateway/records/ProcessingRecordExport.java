package io.consentgateway.gateway.records;

import io.consentgateway.api.model.ImpactAssessment;
import io.consentgateway.api.model.ImpactAssessment.ConclusionEnum;
import io.consentgateway.api.model.ProcessingRecord;
import io.consentgateway.api.model.Safeguards;
import io.consentgateway.gateway.crossborder.OverseasRecipients;
import io.consentgateway.gateway.ingest.ChannelProperties;
import io.consentgateway.gateway.keys.KeyProperties;
import io.consentgateway.gateway.partner.Partners;
import io.consentgateway.gateway.records.PurposeStates.PurposeState;
import io.consentgateway.policies.access.Permission;
import io.consentgateway.policies.access.Role;
import io.consentgateway.policies.access.RolePermissions;
import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.classification.FieldClass;
import io.consentgateway.policies.consent.PurposeDefinition;
import io.consentgateway.policies.crossborder.OverseasRecipient;
import io.consentgateway.policies.partner.PartnerQualification;
import io.consentgateway.policies.records.ActivationState;
import io.consentgateway.policies.records.AssessmentRequirement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The record of processing activities (PIPL Arts. 55-56): per purpose what is processed, on what basis, from where,
 * to whom, for how long, under which safeguards, and its impact assessment. Built from the catalogues, the channel
 * configuration, the partner registry and the purpose states at the time of the request.
 */
@Component
class ProcessingRecordExport {

    // Permissions that read, receive or move customer data: the roles holding them are the purposes' access control.
    private static final Set<String> REACHING_DATA = Set.of(
            "ingest:write",
            "subject:read:masked",
            "subject:read:full",
            "segment:read:masked",
            "segment:read:full",
            "segment:export",
            "quarantine:read",
            "dsr:handle",
            "self:read");

    private final PurposeStates states;
    private final Classification classification;
    private final AssessmentRequirement requirement;
    private final ChannelProperties channels;
    private final Partners partners;
    private final OverseasRecipients overseas;
    private final KeyProperties keys;
    private final RolePermissions roles;

    ProcessingRecordExport(
            PurposeStates states,
            Classification classification,
            AssessmentRequirement requirement,
            ChannelProperties channels,
            Partners partners,
            OverseasRecipients overseas,
            KeyProperties keys,
            RolePermissions roles) {
        this.states = states;
        this.classification = classification;
        this.requirement = requirement;
        this.channels = channels;
        this.partners = partners;
        this.overseas = overseas;
        this.keys = keys;
        this.roles = roles;
    }

    List<ProcessingRecord> rows() {
        List<PartnerQualification> registered = partners.all();
        List<OverseasRecipient> abroad = overseas.all();
        List<String> accessRoles = accessRoles();
        return states.all().values().stream()
                .map(state -> row(state, recipients(state.definition(), registered, abroad), accessRoles))
                .toList();
    }

    // Partners agreed for the purpose, and recipients abroad as "name (country, mechanism until date)".
    private static List<String> recipients(
            PurposeDefinition purpose, List<PartnerQualification> registered, List<OverseasRecipient> abroad) {
        return Stream.concat(
                        registered.stream()
                                .filter(partner -> partner.allowedPurposes().contains(purpose.purpose()))
                                .map(PartnerQualification::name),
                        abroad.stream()
                                .filter(recipient -> recipient.purpose().equals(purpose.purpose()))
                                .map(recipient -> recipient.name() + " (" + recipient.country() + ", "
                                        + recipient.mechanism().configName() + " until " + recipient.validUntil()
                                        + ")"))
                .sorted()
                .toList();
    }

    private ProcessingRecord row(PurposeState state, List<String> recipients, List<String> accessRoles) {
        PurposeDefinition purpose = state.definition();
        List<String> fields = purpose.fields().stream().sorted().toList();
        List<FieldClass> classes = fields.stream()
                .flatMap(field -> classification.of(field).stream())
                .toList();
        ProcessingRecord row = new ProcessingRecord(
                        purpose.purpose().name(),
                        purpose.legalBasis().configName(),
                        ProcessingRecord.ConsentEnum.fromValue(purpose.consent().configName()),
                        fields,
                        fields.stream().filter(requirement::sensitive).toList(),
                        sources(purpose),
                        recipients,
                        purpose.retention().toString(),
                        new Safeguards(
                                keys.fieldAlgorithm(),
                                classes.stream()
                                        .filter(FieldClass::encrypted)
                                        .map(FieldClass::field)
                                        .toList(),
                                classes.stream()
                                        .map(field -> field.field() + ":"
                                                + field.masking().configName())
                                        .toList(),
                                accessRoles),
                        requirement.needsAssessment(purpose),
                        state.state().active())
                .inactiveReason(state.state() instanceof ActivationState.Inactive inactive ? inactive.reason() : null);
        state.latestAssessment()
                .ifPresent(recorded -> row.assessment(new ImpactAssessment(
                                recorded.assessment().purpose().name(),
                                recorded.assessment().reference(),
                                recorded.assessment().assessedOn(),
                                recorded.assessment().author(),
                                ConclusionEnum.fromValue(
                                        recorded.assessment().conclusion().configName()))
                        .id(recorded.id())
                        .reviewBy(recorded.assessment().reviewBy().orElse(null))));
        return row;
    }

    private List<String> sources(PurposeDefinition purpose) {
        return channels.channels().entrySet().stream()
                .filter(channel ->
                        channel.getValue().purposes().contains(purpose.purpose().name()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private List<String> accessRoles() {
        return roles.roles().stream()
                .sorted(Comparator.comparing(Role::name))
                .flatMap(role -> roles.permissionsOf(role).stream()
                        .map(Permission::value)
                        .filter(REACHING_DATA::contains)
                        .sorted()
                        .map(permission -> role.name() + ":" + permission))
                .toList();
    }
}
