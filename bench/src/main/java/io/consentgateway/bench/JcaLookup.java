package io.consentgateway.bench;

import java.security.GeneralSecurityException;

/** A JCA {@code getInstance} call, repeated per operation as the gateway does. */
@FunctionalInterface
interface JcaLookup<T> {

    T create() throws GeneralSecurityException;
}
