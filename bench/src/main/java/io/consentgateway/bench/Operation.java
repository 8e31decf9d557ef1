package io.consentgateway.bench;

import java.security.GeneralSecurityException;

/** One unit of measured work. */
@FunctionalInterface
interface Operation {

    /**
     * @param iteration a counter the operation may use to cycle through its inputs
     * @return something derived from the output, so the JIT cannot discard the work
     */
    int run(long iteration) throws GeneralSecurityException;
}
