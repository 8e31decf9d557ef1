package io.consentgateway.gateway.subject;

import io.consentgateway.api.model.SubjectView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A customer's personal fields by name, only those asked for (a purpose's fields), masked unless {@code full}: what
 * segment member rows show. Decrypts one customer at a time; callers page.
 */
@Service
public class SubjectFields {

    private final SubjectReader reader;
    private final SubjectViews views;

    SubjectFields(SubjectReader reader, SubjectViews views) {
        this.reader = reader;
        this.views = views;
    }

    public Map<String, String> of(UUID subjectId, Set<String> wanted, boolean full) {
        Map<String, String> fields = new LinkedHashMap<>();
        reader.read(subjectId).ifPresent(subject -> {
            SubjectView view = full ? views.full(subject) : views.masked(subject);
            put(fields, wanted, "name", view.getName());
            put(fields, wanted, "mobile", view.getMobile());
            put(fields, wanted, "idNumber", view.getIdNumber());
            put(fields, wanted, "birthDate", view.getBirthDate());
            put(fields, wanted, "gender", view.getGender());
            put(fields, wanted, "province", view.getProvince());
            put(fields, wanted, "city", view.getCity());
            put(fields, wanted, "district", view.getDistrict());
            put(fields, wanted, "address", view.getAddress());
            put(fields, wanted, "email", view.getEmail());
        });
        return fields;
    }

    private static void put(Map<String, String> fields, Set<String> wanted, String name, Object value) {
        if (wanted.contains(name) && value != null) {
            fields.put(name, String.valueOf(value));
        }
    }
}
