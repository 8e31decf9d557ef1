package io.consentgateway.policies.crossborder;

/**
 * Distinct individuals whose personal information went abroad in one calendar year (Beijing), and of them those
 * whose sensitive personal information did.
 */
public record TransferVolumes(long individuals, long sensitiveIndividuals) {

    public TransferVolumes {
        if (individuals < 0 || sensitiveIndividuals < 0 || sensitiveIndividuals > individuals) {
            throw new IllegalArgumentException("volumes are counts, sensitive ones among all");
        }
    }

    public TransferVolumes plus(long newIndividuals, long newSensitiveIndividuals) {
        return new TransferVolumes(individuals + newIndividuals, sensitiveIndividuals + newSensitiveIndividuals);
    }
}
