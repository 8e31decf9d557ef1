package io.consentgateway.bench;

import java.util.List;

/** Variants of the same workload; the first one is the baseline the others are compared with. */
record Group(String name, List<Variant> variants) {

    Group {
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("group " + name + " has no baseline");
        }
    }

    Variant baseline() {
        return variants.get(0);
    }
}
