package io.consentgateway.policies.record;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.region.Divisions;
import io.consentgateway.policies.validation.DateNormaliser;
import io.consentgateway.policies.validation.Gender;
import io.consentgateway.policies.validation.MobileNumber;
import io.consentgateway.policies.validation.MobileNumberNormaliser;
import io.consentgateway.policies.validation.ResidentIdNumber;
import io.consentgateway.policies.validation.ResidentIdNumberValidator;
import io.consentgateway.policies.validation.Validated;
import io.consentgateway.policies.validation.Validated.Invalid;
import io.consentgateway.policies.validation.Validated.Valid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Normalises and validates a member record into a {@link MemberProfile}, or names the first field that is wrong.
 * Birth date, gender and region missing from the record are completed from the ID number, and contradict it at
 * their peril (PIPL Art. 8, accuracy). Which fields a record may carry at all is decided before, by the
 * classification's field screen; a field this check cannot store is still rejected, never silently dropped.
 */
public final class MemberRecordCheck {

    public static final Set<String> KNOWN_FIELDS = Set.of(
            "name", "mobile", "idNumber", "birthDate", "gender", "province", "city", "district", "address", "email");
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}");

    private final MobileNumberNormaliser mobiles;
    private final ResidentIdNumberValidator idNumbers;
    private final DateNormaliser dates;
    private final RegionCheck regions;

    public MemberRecordCheck(
            MobileNumberNormaliser mobiles,
            ResidentIdNumberValidator idNumbers,
            DateNormaliser dates,
            Divisions divisions) {
        this.mobiles = Objects.requireNonNull(mobiles);
        this.idNumbers = Objects.requireNonNull(idNumbers);
        this.dates = Objects.requireNonNull(dates);
        this.regions = new RegionCheck(divisions);
    }

    public Validated<MemberProfile> check(RawRecord record) {
        return check(record, false);
    }

    /**
     * @param identifiedByPlatform the record carries a platform identity (WeChat unionid) that identifies the person,
     *     so a mobile is taken when the platform has one (the user authorised it) and not required otherwise
     */
    public Validated<MemberProfile> check(RawRecord record, boolean identifiedByPlatform) {
        if (!record.consents().keySet().stream().allMatch(Purpose::isValidName)) {
            return Validated.invalid("invalid-purpose-name", "consents");
        }
        Optional<String> unsupported = new TreeSet<>(record.fields().keySet())
                .stream().filter(name -> !KNOWN_FIELDS.contains(name)).findFirst();
        if (unsupported.isPresent()) {
            return Validated.invalid("unsupported-field", unsupported.get());
        }
        String rawName = record.field("name");
        if (rawName == null || rawName.isBlank()) {
            return Validated.invalid("missing", "name");
        }
        String name = rawName.strip().replaceAll("\\s+", " ");
        if (!PersonName.isAcceptable(name)) {
            return Validated.invalid("invalid-name", "name");
        }
        if (identifiedByPlatform && !present(record.field("mobile"))) {
            return checkIdentity(record, new PersonName(name), null);
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
        Validated<RegionCheck.Located> located = regions.locate(record, idNumber);
        if (located instanceof Invalid<RegionCheck.Located> invalid) {
            return new Invalid<>(invalid.rejection());
        }
        String email = present(record.field("email")) ? record.field("email").strip() : null;
        if (email != null && !EMAIL.matcher(email).matches()) {
            return Validated.invalid("invalid-email", "email");
        }
        RegionCheck.Located where = ((Valid<RegionCheck.Located>) located).value();
        return Validated.valid(new MemberProfile(
                name,
                mobile,
                idNumber,
                birthDate,
                gender,
                where.region(),
                where.address(),
                email == null ? null : normaliseEmail(email)));
    }

    private static String normaliseEmail(String email) {
        int at = email.lastIndexOf('@');
        return email.substring(0, at) + email.substring(at).toLowerCase(Locale.ROOT);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
