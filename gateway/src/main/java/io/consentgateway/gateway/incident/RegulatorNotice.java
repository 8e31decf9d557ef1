package io.consentgateway.gateway.incident;

import io.consentgateway.policies.incident.BreachNotice;
import io.consentgateway.policies.notice.NoticeText;
import java.time.Instant;

/** The notice to the regulator as issued at {@code issuedAt}, with the incident as it stood then. */
record RegulatorNotice(IncidentRecord incident, BreachNotice notice, NoticeText handlerName, Instant issuedAt) {}
