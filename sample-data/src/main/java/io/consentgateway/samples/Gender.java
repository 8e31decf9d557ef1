package io.consentgateway.samples;

/** Gender as the ID number's 17th digit encodes it: odd for men, even for women. */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String chinese;

    Gender(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
