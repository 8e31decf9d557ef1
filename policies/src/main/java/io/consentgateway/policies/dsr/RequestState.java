package io.consentgateway.policies.dsr;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * received -> verified -> in-progress -> completed, with refusal possible until the request is completed. A request
 * made by the signed-in customer arrives verified (the account was bound after identity verification).
 */
public enum RequestState {
    RECEIVED("received"),
    VERIFIED("verified"),
    IN_PROGRESS("in-progress"),
    COMPLETED("completed"),
    REFUSED("refused");

    private final String code;

    RequestState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean open() {
        return this != COMPLETED && this != REFUSED;
    }

    public boolean canMoveTo(RequestState next) {
        return switch (this) {
            case RECEIVED -> Set.of(VERIFIED, REFUSED).contains(next);
            case VERIFIED -> Set.of(IN_PROGRESS, COMPLETED, REFUSED).contains(next);
            case IN_PROGRESS -> Set.of(COMPLETED, REFUSED).contains(next);
            case COMPLETED, REFUSED -> false;
        };
    }

    public static Optional<RequestState> fromCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst();
    }
}
