package io.consentgateway.policies.classification;

import io.consentgateway.policies.masking.MaskingRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The classification catalogue: every field the gateway knows, its class (PIPL Art. 28), its display masking and
 * whether it is encrypted at rest (Art. 51). Which fields each purpose may use is the purpose catalogue's business
 * ({@link io.consentgateway.policies.consent.PurposeCatalogue}). Loaded from {@code classification.yaml}; a bad file
 * stops start-up with the line at fault.
 */
public final class Classification {

    private static final String STANDARD_FILE = "classification.yaml";

    private final Map<String, FieldClass> fields;

    private Classification(Map<String, FieldClass> fields) {
        this.fields = Map.copyOf(fields);
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
        for (NodeTuple entry : ((MappingNode) root).getValue()) {
            // an operator's file from before the purpose catalogue: fail rather than silently ignore its purposes
            if (yaml.scalar(entry.getKeyNode(), "a key").equals("purposes")) {
                throw yaml.problem(
                        entry.getKeyNode(),
                        "'purposes' is no longer part of the classification: purpose fields are listed in the"
                                + " purpose catalogue (purposes.yaml)");
            }
        }
        Map<String, FieldClass> fields = new LinkedHashMap<>();
        yaml.mapping(yaml.required(document, "fields", root), "'fields'")
                .forEach((field, node) -> fields.put(field, fieldClass(yaml, field, node)));
        return new Classification(fields);
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
}
