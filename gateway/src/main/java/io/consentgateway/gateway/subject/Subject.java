package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.system.AssignedIdentity;
import io.consentgateway.policies.identity.ProfileMergeRule;
import io.consentgateway.policies.identity.SourceTrust;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A customer (data subject). Personal fields are held only as ciphertext under the subject's own data key; region
 * and gender stay readable for aggregate segmentation. Every change is an Envers revision, whose history therefore
 * also holds ciphertext only.
 */
@Entity
@Table(name = "subject")
@Audited
class Subject extends AssignedIdentity<UUID> {

    @Id
    private UUID id;

    @Override
    public UUID getId() {
        return id;
    }

    @Column(name = "name_ct", nullable = false)
    private byte[] nameCiphertext;

    /** Absent only for a platform follower who has not authorised a phone number (identified by unionid). */
    @Column(name = "mobile_ct")
    private byte[] mobileCiphertext;

    @Column(name = "id_number_ct")
    private byte[] idNumberCiphertext;

    @Column(name = "birth_date_ct")
    private byte[] birthDateCiphertext;

    private String gender;

    private String province;

    private String city;

    private String district;

    @Column(name = "address_ct")
    private byte[] addressCiphertext;

    @Column(name = "email_ct")
    private byte[] emailCiphertext;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "personalised_marketing_opt_out", nullable = false)
    private boolean personalisedMarketingOptOut;

    @Column(nullable = false)
    private boolean minor;

    @Column(nullable = false)
    private boolean restricted;

    /** The most trusted kind of source that has set the profile (the conflict rule's memory). */
    @Column(name = "profile_trust", nullable = false)
    private String profileTrust;

    @Version
    private long version;

    protected Subject() {}

    Subject(UUID id, Instant createdAt, SourceTrust trust) {
        this.id = id;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.profileTrust = trust.configName();
    }

    SourceTrust profileTrust() {
        return SourceTrust.parse(profileTrust).orElse(SourceTrust.FIRST_PARTY);
    }

    /**
     * Applies a record's profile as the conflict rule decided: created or overwritten, the newest data wins and a
     * component the record does not carry keeps its earlier value; gaps filled, only missing components are taken.
     */
    void merge(EncryptedProfile profile, Instant now, ProfileMergeRule.Effect effect, SourceTrust trustAfter) {
        if (effect == ProfileMergeRule.Effect.GAPS_FILLED) {
            nameCiphertext = keepIfAbsent(nameCiphertext, profile.name());
            mobileCiphertext = keepIfAbsent(mobileCiphertext, profile.mobile());
            idNumberCiphertext = keepIfAbsent(idNumberCiphertext, profile.idNumber());
            birthDateCiphertext = keepIfAbsent(birthDateCiphertext, profile.birthDate());
            gender = keepIfAbsent(gender, profile.gender());
            province = keepIfAbsent(province, profile.province());
            city = keepIfAbsent(city, profile.city());
            district = keepIfAbsent(district, profile.district());
            addressCiphertext = keepIfAbsent(addressCiphertext, profile.address());
            emailCiphertext = keepIfAbsent(emailCiphertext, profile.email());
        } else {
            nameCiphertext = profile.name();
            mobileCiphertext = keepIfAbsent(profile.mobile(), mobileCiphertext);
            idNumberCiphertext = keepIfAbsent(profile.idNumber(), idNumberCiphertext);
            birthDateCiphertext = keepIfAbsent(profile.birthDate(), birthDateCiphertext);
            gender = keepIfAbsent(profile.gender(), gender);
            province = keepIfAbsent(profile.province(), province);
            city = keepIfAbsent(profile.city(), city);
            district = keepIfAbsent(profile.district(), district);
            addressCiphertext = keepIfAbsent(profile.address(), addressCiphertext);
            emailCiphertext = keepIfAbsent(profile.email(), emailCiphertext);
        }
        profileTrust = trustAfter.configName();
        updatedAt = now;
    }

    private static <T> T keepIfAbsent(T offered, T current) {
        return offered != null ? offered : current;
    }

    UUID id() {
        return id;
    }

    boolean personalisedMarketingOptOut() {
        return personalisedMarketingOptOut;
    }

    void optOutOfPersonalisedMarketing(boolean optOut, Instant now) {
        if (personalisedMarketingOptOut != optOut) {
            personalisedMarketingOptOut = optOut;
            updatedAt = now;
        }
    }

    boolean minor() {
        return minor;
    }

    /** PIPL Art. 28: all personal information of anyone under 14 is sensitive. */
    void correctName(byte[] ciphertext) {
        nameCiphertext = ciphertext;
    }

    void correctMobile(byte[] ciphertext) {
        mobileCiphertext = ciphertext;
    }

    void correctEmail(byte[] ciphertext) {
        emailCiphertext = ciphertext;
    }

    void correctAddress(byte[] ciphertext) {
        addressCiphertext = ciphertext;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    void restrict(Instant now) {
        if (!restricted) {
            restricted = true;
            updatedAt = now;
        }
    }

    boolean restricted() {
        return restricted;
    }

    void markMinor(boolean isMinor) {
        this.minor = isMinor;
    }

    EncryptedProfile profile() {
        return new EncryptedProfile(
                nameCiphertext,
                mobileCiphertext,
                idNumberCiphertext,
                birthDateCiphertext,
                gender,
                province,
                city,
                district,
                addressCiphertext,
                emailCiphertext);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
