package io.consentgateway.gateway.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key-related choice that must not change once data depends on it (e.g. the blind-index algorithm). */
@Entity
@Table(name = "key_setting")
class KeySetting {

    @Id
    private String name;

    @Column(nullable = false)
    private String value;

    protected KeySetting() {}

    KeySetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String value() {
        return value;
    }
}
