package io.consentgateway.policies.incident;

import io.consentgateway.policies.notice.NoticeText;
import java.util.Objects;

/**
 * A breach notice with every element PIPL Art. 57 asks for, in both languages: (1) the categories of personal
 * information involved, the cause and the possible harm; (2) the remedial measures taken and what individuals can do
 * to reduce the harm; (3) how to reach the handler (and its protection officer, Art. 52). Built by
 * {@link BreachNoticeCheck}.
 */
public record BreachNotice(
        NoticeText categories,
        NoticeText cause,
        NoticeText possibleHarm,
        NoticeText remedialMeasures,
        NoticeText individualMeasures,
        NoticeText handlerContact,
        NoticeText protectionOfficerContact) {

    public BreachNotice {
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(possibleHarm, "possibleHarm");
        Objects.requireNonNull(remedialMeasures, "remedialMeasures");
        Objects.requireNonNull(individualMeasures, "individualMeasures");
        Objects.requireNonNull(handlerContact, "handlerContact");
        Objects.requireNonNull(protectionOfficerContact, "protectionOfficerContact");
    }
}
