package io.consentgateway.policies.identity;

/**
 * What a record matched to an existing customer may change (the conflict rule): the newest record from a source at
 * least as trusted as the one that last set the profile wins; a less trusted source only fills what is missing. So
 * partner data never overwrites first-party data, and an order's receiver never renames a member.
 */
public final class ProfileMergeRule {

    /** How a record's profile was applied to its subject. */
    public enum Effect {
        /** A new subject. */
        CREATED("created"),
        /** Newest trusted source: its values replace ours, ours remain where it has none. */
        OVERWRITTEN("overwritten"),
        /** Less trusted source: its values are used only where we have none. */
        GAPS_FILLED("gaps-filled");

        private final String label;

        Effect(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Effect merge(SourceTrust profileSetBy, SourceTrust offeredBy) {
        return offeredBy.compareTo(profileSetBy) >= 0 ? Effect.OVERWRITTEN : Effect.GAPS_FILLED;
    }

    /** The trust of the profile after the merge: the most trusted source that has set it. */
    public SourceTrust after(SourceTrust profileSetBy, SourceTrust offeredBy) {
        return offeredBy.compareTo(profileSetBy) >= 0 ? offeredBy : profileSetBy;
    }
}
