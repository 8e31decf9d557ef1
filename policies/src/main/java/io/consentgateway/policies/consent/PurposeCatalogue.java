package io.consentgateway.policies.consent;

import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.classification.PolicyYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The purposes the gateway processes personal information for, each with its legal basis, consent, fields and
 * retention ({@link PurposeDefinition}). Loaded from {@code purposes.yaml}; every field must be one the
 * classification knows, and a bad file stops start-up with the line at fault.
 */
public final class PurposeCatalogue {

    private static final String STANDARD_FILE = "purposes.yaml";
    private static final Set<String> KEYS =
            Set.of("legal-basis", "essential", "consent", "per-recipient", "personalised", "fields", "retention");

    private final Map<Purpose, PurposeDefinition> byPurpose;

    private PurposeCatalogue(Map<Purpose, PurposeDefinition> byPurpose) {
        this.byPurpose = Collections.unmodifiableMap(new LinkedHashMap<>(byPurpose));
    }

    /** The shipped catalogue, checked against the shipped classification. */
    public static PurposeCatalogue standard() {
        try (InputStream in = PurposeCatalogue.class.getResourceAsStream(STANDARD_FILE)) {
            if (in == null) {
                throw new IllegalStateException(STANDARD_FILE + " is missing from the policies module");
            }
            return load(in, STANDARD_FILE, Classification.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws io.consentgateway.policies.access.InvalidPolicyFileException naming file, line and problem */
    public static PurposeCatalogue load(InputStream in, String fileName, Classification classification) {
        PolicyYaml yaml = new PolicyYaml(fileName);
        Node root = yaml.root(in);
        Node purposesNode = yaml.required(yaml.mapping(root, "the file", Set.of("purposes")), "purposes", root);
        Map<String, Node> entries = yaml.mapping(purposesNode, "'purposes'");
        if (entries.isEmpty()) {
            throw yaml.problem(purposesNode, "'purposes' lists no purpose");
        }
        Map<Purpose, PurposeDefinition> byPurpose = new LinkedHashMap<>();
        entries.forEach((name, node) -> {
            if (!Purpose.isValidName(name)) {
                throw yaml.problem(node, "purpose names are kebab-case: " + name);
            }
            byPurpose.put(new Purpose(name), definition(yaml, classification, new Purpose(name), node));
        });
        return new PurposeCatalogue(byPurpose);
    }

    private static PurposeDefinition definition(
            PolicyYaml yaml, Classification classification, Purpose purpose, Node node) {
        Map<String, Node> entry = yaml.mapping(node, "purpose " + purpose, KEYS);
        Node basisNode = yaml.required(entry, "legal-basis", node);
        LegalBasis basis = LegalBasis.fromConfig(yaml.scalar(basisNode, "legal-basis"))
                .orElseThrow(() -> yaml.problem(
                        basisNode,
                        "unknown legal basis '" + yaml.scalar(basisNode, "legal-basis") + "' (PIPL Art. 13: "
                                + Arrays.stream(LegalBasis.values())
                                        .map(LegalBasis::configName)
                                        .collect(Collectors.joining(", "))
                                + ")"));
        Node consentNode = yaml.required(entry, "consent", node);
        ConsentForm consent = ConsentForm.fromConfig(yaml.scalar(consentNode, "consent"))
                .orElseThrow(() -> yaml.problem(
                        consentNode,
                        "unknown consent form '" + yaml.scalar(consentNode, "consent") + "' (use none, general or"
                                + " separate)"));
        boolean essential = yaml.flag(yaml.required(entry, "essential", node), "essential");
        boolean perRecipient =
                entry.containsKey("per-recipient") && yaml.flag(entry.get("per-recipient"), "per-recipient");
        boolean personalised =
                entry.containsKey("personalised") && yaml.flag(entry.get("personalised"), "personalised");
        Set<String> fields = fields(yaml, classification, purpose, yaml.required(entry, "fields", node));
        Period retention = retention(yaml, yaml.required(entry, "retention", node));
        try {
            return new PurposeDefinition(
                    purpose, basis, essential, consent, perRecipient, personalised, fields, retention);
        } catch (IllegalArgumentException e) {
            throw yaml.problem(node, "purpose " + purpose + ": " + e.getMessage());
        }
    }

    private static Set<String> fields(PolicyYaml yaml, Classification classification, Purpose purpose, Node node) {
        Set<String> fields = new LinkedHashSet<>();
        for (Node field : yaml.sequence(node, "fields")) {
            String name = yaml.scalar(field, "a field name");
            if (classification.of(name).isEmpty()) {
                throw yaml.problem(field, "purpose " + purpose + " lists unclassified field '" + name + "'");
            }
            fields.add(name);
        }
        return fields;
    }

    private static Period retention(PolicyYaml yaml, Node node) {
        String text = yaml.scalar(node, "retention");
        Period retention;
        try {
            retention = Period.parse(text);
        } catch (DateTimeParseException e) {
            throw yaml.problem(node, "retention '" + text + "' is not an ISO-8601 period such as P3Y or P18M");
        }
        if (retention.isNegative() || retention.isZero()) {
            throw yaml.problem(node, "retention '" + text + "' must be a positive period");
        }
        return retention;
    }

    public Optional<PurposeDefinition> find(Purpose purpose) {
        return Optional.ofNullable(byPurpose.get(purpose));
    }

    /** In file order. */
    public Collection<PurposeDefinition> all() {
        return byPurpose.values();
    }

    /** In file order. */
    public Set<Purpose> purposes() {
        return byPurpose.keySet();
    }

    /** The fields processing for any of these purposes may use (PIPL Arts. 5–6); unknown purposes permit none. */
    public Set<String> permittedFields(Collection<Purpose> purposes) {
        return purposes.stream()
                .map(byPurpose::get)
                .filter(Objects::nonNull)
                .flatMap(definition -> definition.fields().stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
