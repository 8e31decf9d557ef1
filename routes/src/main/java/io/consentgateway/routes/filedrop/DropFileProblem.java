package io.consentgateway.routes.filedrop;

/**
 * Why a whole dropped file could not be read (not UTF-8, no header, a required column missing). The message is a
 * reason code naming a column or the file, never a value from it: it is written beside the file in {@code .error/}.
 */
public final class DropFileProblem extends RuntimeException {

    public DropFileProblem(String reason) {
        super(reason, null, false, false);
    }
}
