package io.consentgateway.samples;

import java.time.LocalDate;
import java.util.List;

/**
 * A generated customer: consistent identity (the ID number encodes division, birth date and gender), a home
 * channel where they signed up, their consents and their orders. Fake, but shaped like real personal data, so it
 * never prints itself.
 */
public record Customer(
        int number,
        String name,
        String mobile,
        String idNumber,
        LocalDate birthDate,
        Gender gender,
        Division division,
        String street,
        String email,
        boolean marketing,
        boolean analytics,
        String homeChannel,
        List<Order> orders) {

    public Customer {
        orders = List.copyOf(orders);
    }

    @Override
    public String toString() {
        return "Customer[" + number + ", redacted]";
    }
}
