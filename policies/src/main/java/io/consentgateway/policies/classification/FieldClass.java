package io.consentgateway.policies.classification;

import io.consentgateway.policies.masking.MaskingRule;
import java.util.Objects;

/** How one field is classified, displayed to roles that see masked data, and stored. */
public record FieldClass(String field, DataClass dataClass, MaskingRule masking, boolean encrypted) {

    public FieldClass {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(masking, "masking");
    }

    public boolean isPersonal() {
        return dataClass != DataClass.NOT_PERSONAL;
    }
}
