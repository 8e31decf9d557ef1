package io.consentgateway.policies.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What a customer did that a channel reports besides who they are: a purchase or an event check-in. */
public sealed interface Activity {

    Instant occurredAt();

    /**
     * An order or POS sale, in yuan. {@code category} is the first item's category (one per order is what the
     * tags need); {@code store} is the store code of an offline sale.
     */
    record Purchase(
            BigDecimal amount,
            BigDecimal discount,
            Instant occurredAt,
            Optional<String> category,
            Optional<String> store)
            implements Activity {
        public Purchase {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(discount, "discount");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(store, "store");
        }
    }

    /** Attendance at an offline event (a store opening, a workshop), named by the event's code. */
    record CheckIn(String eventCode, Instant occurredAt) implements Activity {
        public CheckIn {
            Objects.requireNonNull(eventCode, "eventCode");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }
}
