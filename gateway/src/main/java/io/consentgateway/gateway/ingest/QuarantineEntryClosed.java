package io.consentgateway.gateway.ingest;

import io.consentgateway.gateway.system.FieldProblem;
import org.springframework.http.HttpStatus;

/** A replay or discard of an entry that is no longer open: it was replayed or discarded already. */
class QuarantineEntryClosed extends FieldProblem {

    QuarantineEntryClosed() {
        super(HttpStatus.CONFLICT, "entryId", "The quarantine entry is not open: it was replayed or discarded");
    }
}
