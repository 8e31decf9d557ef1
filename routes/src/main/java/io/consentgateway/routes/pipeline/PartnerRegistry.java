package io.consentgateway.routes.pipeline;

import io.consentgateway.policies.partner.PartnerQualification;
import java.util.Optional;

/** The partners the gateway accepts feeds from; the gateway keeps the registry. */
public interface PartnerRegistry {

    Optional<PartnerQualification> find(String partner);
}
