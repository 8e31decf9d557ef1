package io.consentgateway.gateway.partner;

import io.consentgateway.api.PartnersApi;
import io.consentgateway.api.model.Partner;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.partner.PartnerQualification;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PartnersController implements PartnersApi {

    private final Partners partners;
    private final CurrentCaller caller;
    private final AuditTrail trail;

    PartnersController(Partners partners, CurrentCaller caller, AuditTrail trail) {
        this.partners = partners;
        this.caller = caller;
        this.trail = trail;
    }

    @Override
    public ResponseEntity<List<Partner>> listPartners() {
        return ResponseEntity.ok(partners.all().stream()
                .map(partner -> new Partner(
                                partner.contractRef(),
                                partner.allowedPurposes().stream()
                                        .map(Purpose::name)
                                        .sorted()
                                        .toList(),
                                partner.expiresOn())
                        .name(partner.name())
                        .reviewedOn(partner.reviewedOn()))
                .toList());
    }

    @Override
    public ResponseEntity<Void> registerPartner(String partnerId, Partner partner) {
        partners.save(
                new PartnerQualification(
                        partnerId,
                        partner.getReviewedOn(),
                        partner.getContractRef(),
                        partner.getAllowedPurposes().stream().map(Purpose::new).collect(Collectors.toSet()),
                        partner.getExpiresOn()),
                caller.name());
        trail.recordAdmin(
                AuditAction.PARTNER_REGISTERED, "partner-registry", partnerId + " " + partner.getContractRef());
        return ResponseEntity.noContent().build();
    }
}
