package io.consentgateway.policies.record;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.validation.DateNormaliser;
import io.consentgateway.policies.validation.Gender;
import io.consentgateway.policies.validation.MobileNumber;
import io.consentgateway.policies.validation.MobileNumberNormaliser;
import io.consentgateway.policies.validation.Rejection;
import io.consentgateway.policies.validation.ResidentIdNumber;
import io.consentgateway.policies.validation.ResidentIdNumberValidator;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Normalises and validates a member record into a {@link MemberProfile}, or names the first field that is wrong.
 * A field the check does not know is rejected rather than silently stored (PIPL Arts. 5–6, minimum collection);
 * birth date and gender missing from the record are completed from the ID number, and contradict it at their peril.
 */
public final class MemberRecordCheck {

    public static final Set<String> KNOWN_FIELDS =
            Set.of("name", "mobile", "idNumber", "birthDate", "gender", "province", "city");
    private static final int MAX_REGION_LENGTH = 32;

    private final MobileNumberNormaliser mobiles;
    private final ResidentIdNumberValidator idNumbers;
    private final DateNormaliser dates;

    public MemberRecordCheck(
            MobileNumberNormaliser mobiles, ResidentIdNumberValidator idNumbers, DateNormaliser dates) {
        this.mobiles = Objects.requireNonNull(mobiles);
        this.idNumbers = Objects.requireNonNull(idNumbers);
        this.dates = Objects.requireNonNull(dates);
    }

    public Validated<MemberProfile> check(RawRecord record) {
        if (!record.consents().keySet().stream().allMatch(Purpose::isValidName)) {
            return Validated.invalid("invalid-purpose-name", "consents");
        }
        Optional<String> unknown = new TreeSet<>(record.fields().keySet())
                .stream().filter(name -> !KNOWN_FIELDS.contains(name)).findFirst();
        if (unknown.isPresent()) {
            return Validated.invalid("unclassified-field", unknown.get());
        }
        String rawName = record.field("name");
        if (rawName == null || rawName.isBlank()) {
            return Validated.invalid("missing", "name");
        }
        String name = rawName.strip().replaceAll("\\s+", " ");
        if (!PersonName.isAcceptable(name)) {
            return Validated.invalid("invalid-name", "name");
        }
        Validated<MobileNumber> mobile = mobiles.normalise("mobile", record.field("mobile"));
        if (mobile instanceof Invalid<MobileNumber> invalid) {
            return new Invalid<>(invalid.rejection());
        }
        return checkIdentity(record, new PersonName(name), ((Valid<MobileNumber>) mobile).value());
    }

    private Validated<MemberProfile> checkIdentity(RawRecord record, PersonName name, MobileNumber mobile) {
        ResidentIdNumber idNumber = null;
        if (present(record.field("idNumber"))) {
            Validated<ResidentIdNumber> checked = idNumbers.validate("idNumber", record.field("idNumber"));
            if (checked instanceof Invalid<ResidentIdNumber> invalid) {
                return new Invalid<>(invalid.rejection());
            }
            idNumber = ((Valid<ResidentIdNumber>) checked).value();
        }
        LocalDate birthDate = idNumber == null ? null : idNumber.birthDate();
        if (present(record.field("birthDate"))) {
            Validated<LocalDate> given = dates.normalise("birthDate", record.field("birthDate"));
            if (given instanceof Invalid<LocalDate> invalid) {
                return new Invalid<>(invalid.rejection());
            }
            LocalDate date = ((Valid<LocalDate>) given).value();
            if (birthDate != null && !birthDate.equals(date)) {
                return Validated.invalid("inconsistent-with-id-number", "birthDate");
            }
            birthDate = date;
        }
        Gender gender = idNumber == null ? null : idNumber.gender();
        if (present(record.field("gender"))) {
            Optional<Gender> given = Gender.parse(record.field("gender"));
            if (given.isEmpty()) {
                return Validated.invalid("invalid-gender", "gender");
            }
            if (gender != null && gender != given.get()) {
                return Validated.invalid("inconsistent-with-id-number", "gender");
            }
            gender = given.get();
        }
        Optional<Rejection> badRegion = checkRegion(record, "province").or(() -> checkRegion(record, "city"));
        if (badRegion.isPresent()) {
            return new Invalid<>(badRegion.get());
        }
        return Validated.valid(new MemberProfile(
                name, mobile, idNumber, birthDate, gender, region(record, "province"), region(record, "city")));
    }

    private static Optional<Rejection> checkRegion(RawRecord record, String field) {
        String value = region(record, field);
        if (value != null && value.codePointCount(0, value.length()) > MAX_REGION_LENGTH) {
            return Optional.of(new Rejection("too-long", field));
        }
        return Optional.empty();
    }

    private static String region(RawRecord record, String field) {
        String value = record.field(field);
        return present(value) ? value.strip() : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
