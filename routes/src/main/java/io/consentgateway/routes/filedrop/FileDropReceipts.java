package io.consentgateway.routes.filedrop;

import java.time.Instant;

/**
 * Which dropped files were processed, by content digest, kept in the database so that a file is processed once even
 * across restarts and gateway instances. A file whose processing was interrupted (a crash) is not complete and is
 * processed again; its rows already stored come back as duplicates, never as second copies.
 */
public interface FileDropReceipts {

    /** @return false when a file with this content was already processed completely on this channel */
    boolean begin(String channel, String digest, String fileName, Instant arrivedAt);

    void complete(String channel, String digest, long rows);
}
