package io.consentgateway.policies.region;

import io.consentgateway.policies.validation.WidthFolding;
import java.util.Objects;

/**
 * Masks an address to its district for display (GB/T 35273-2020 §7.2, limits on display; PIPL Art. 51(3),
 * de-identification): the recognised province, city and district, as named in the division table, and four stars.
 * The stars are always four, so the mask reveals neither the detail nor its length; an address in which nothing
 * can be recognised is masked completely.
 */
public final class AddressMasking {

    static final String HIDDEN = "****";

    private final AddressPrefixReader reader;

    public AddressMasking(Divisions divisions) {
        this.reader = new AddressPrefixReader(Objects.requireNonNull(divisions, "divisions"));
    }

    public static AddressMasking standard() {
        return new AddressMasking(Divisions.standard());
    }

    /** @return the masked display form, or null when there is no address */
    public String mask(String address) {
        if (address == null) {
            return null;
        }
        return reader.read(WidthFolding.fold(address))
                .map(prefix -> prefix.region().label() + HIDDEN)
                .orElse(HIDDEN);
    }
}
