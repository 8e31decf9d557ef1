package io.consentgateway.policies.records;

/** Processing that needs an impact assessment beforehand (PIPL Art. 55). */
public enum AssessmentTrigger {
    /** Art. 55(1): sensitive personal information. */
    SENSITIVE_PI("sensitive-pi"),
    /** Art. 55(2): automated decision-making, here personalised marketing. */
    AUTOMATED_DECISIONS("automated-decisions"),
    /** Art. 55(3): provision to another handler (a per-recipient consent names it). */
    PROVISION_TO_THIRD_PARTIES("provision-to-third-parties"),
    /** Art. 55(4): provision abroad. */
    CROSS_BORDER("cross-border");

    private final String configName;

    AssessmentTrigger(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }
}
