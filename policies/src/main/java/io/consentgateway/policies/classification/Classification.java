package io.consentgateway.policies.classification;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.masking.MaskingRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The classification catalogue: every field the gateway knows, its class (PIPL Art. 28), its display masking and
 * whether it is encrypted at rest (Art. 51), and the fields each purpose may use (Arts. 5–6, minimum collection).
 * Loaded from {@code classification.yaml}; a bad file stops start-up with the line at fault.
 */
public final class Classification {

    private static final String STANDARD_FILE = "classification.yaml";

    private final Map<String, FieldClass> fields;
    private final Map<Purpose, Set<String>> fieldsByPurpose;

    private Classification(Map<String, FieldClass> fields, Map<Purpose, Set<String>> fieldsByPurpose) {
        this.fields = Map.copyOf(fields);
        this.fieldsByPurpose = Map.copyOf(fieldsByPurpose);
    }

    public static Classification standard() {
        try (InputStream in = Classification.class.getResourceAsStream(STANDARD_FILE)) {
            if (in == null) {
                throw new IllegalStateException(STANDARD_FILE + " is missing from the policies module");
            }
            return load(in, STANDARD_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws io.consentgateway.policies.access.InvalidPolicyFileException naming file, line and problem */
    public static Classification load(InputStream in, String fileName) {
        PolicyYaml yaml = new PolicyYaml(fileName);
        Node root = yaml.root(in);
        Map<String, Node> document = yaml.mapping(root, "the file");
        Map<String, FieldClass> fields = new LinkedHashMap<>();
        yaml.mapping(yaml.required(document, "fields", root), "'fields'")
                .forEach((field, node) -> fields.put(field, fieldClass(yaml, field, node)));
        Map<Purpose, Set<String>> byPurpose = new LinkedHashMap<>();
        yaml.mapping(yaml.required(document, "purposes", root), "'purposes'").forEach((name, node) -> {
            if (!Purpose.isValidName(name)) {
                throw yaml.problem(node, "purpose names are kebab-case: " + name);
            }
            Set<String> permitted = new HashSet<>();
            for (Node field : yaml.sequence(yaml.required(yaml.mapping(node, name), "fields", node), "fields")) {
                String fieldName = yaml.scalar(field, "a field name");
                if (!fields.containsKey(fieldName)) {
                    throw yaml.problem(field, "purpose " + name + " lists unclassified field '" + fieldName + "'");
                }
                permitted.add(fieldName);
            }
            byPurpose.put(new Purpose(name), Set.copyOf(permitted));
        });
        return new Classification(fields, byPurpose);
    }

    private static FieldClass fieldClass(PolicyYaml yaml, String field, Node node) {
        Map<String, Node> entry = yaml.mapping(node, "field " + field);
        Node classNode = yaml.required(entry, "class", node);
        DataClass dataClass = DataClass.fromConfig(yaml.scalar(classNode, "class"))
                .orElseThrow(() -> yaml.problem(
                        classNode,
                        "unknown class '" + yaml.scalar(classNode, "class") + "' (use general, sensitive or"
                                + " not-personal)"));
        Node maskingNode = yaml.required(entry, "masking", node);
        String maskingName = yaml.scalar(maskingNode, "masking");
        MaskingRule masking = MaskingRule.fromConfig(maskingName)
                .orElseThrow(() -> yaml.problem(
                        maskingNode,
                        "unknown masking rule '" + maskingName + "' (known: "
                                + Arrays.stream(MaskingRule.values())
                                        .map(MaskingRule::configName)
                                        .collect(Collectors.joining(", "))
                                + ")"));
        Node encryptedNode = yaml.required(entry, "encrypted", node);
        boolean encrypted = yaml.flag(encryptedNode, "encrypted");
        if (dataClass == DataClass.SENSITIVE && !encrypted) {
            throw yaml.problem(encryptedNode, "sensitive field " + field + " must be encrypted at rest (PIPL Art. 51)");
        }
        return new FieldClass(field, dataClass, masking, encrypted);
    }

    public Optional<FieldClass> of(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    public Collection<FieldClass> fields() {
        return fields.values();
    }

    public Set<Purpose> purposes() {
        return fieldsByPurpose.keySet();
    }

    /** The fields processing for any of these purposes may use. */
    public Set<String> permittedFields(Collection<Purpose> purposes) {
        return purposes.stream()
                .flatMap(purpose -> fieldsByPurpose.getOrDefault(purpose, Set.of()).stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
