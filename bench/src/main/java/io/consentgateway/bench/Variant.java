package io.consentgateway.bench;

import java.util.Objects;

/** One algorithm/provider choice for a workload, e.g. "SM4-GCM (BC)". */
record Variant(String name, Operation operation) {

    Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operation, "operation");
    }
}
