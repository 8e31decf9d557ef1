package io.consentgateway.policies.classification;

import io.consentgateway.policies.access.InvalidPolicyFileException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a policy file as YAML nodes so that every complaint can name the line it is about. Shared by the policy
 * files of several packages (classification, purpose catalogue).
 */
public final class PolicyYaml {

    private final String fileName;

    public PolicyYaml(String fileName) {
        this.fileName = fileName;
    }

    public Node root(InputStream in) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .compose(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (root == null) {
                throw new InvalidPolicyFileException(fileName, "the file is empty");
            }
            return root;
        } catch (YAMLException e) {
            throw new InvalidPolicyFileException(fileName, "not valid YAML: " + e.getMessage());
        }
    }

    public Map<String, Node> mapping(Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(node, what + " must be a mapping");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        mapping.getValue().forEach(tuple -> entries.put(scalar(tuple.getKeyNode(), "a key"), tuple.getValueNode()));
        return entries;
    }

    /** A mapping whose keys must all be known: a misspelt key fails on its own line instead of being ignored. */
    public Map<String, Node> mapping(Node node, String what, Set<String> knownKeys) {
        Map<String, Node> entries = mapping(node, what);
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (!knownKeys.contains(key)) {
                throw problem(
                        tuple.getKeyNode(),
                        "unknown key '" + key + "' in " + what + " (known: "
                                + String.join(", ", new TreeSet<>(knownKeys)) + ")");
            }
        }
        return entries;
    }

    public List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem(node, what + " must be a list");
        }
        return sequence.getValue();
    }

    public String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem(node, what + " must be a single value");
        }
        return scalar.getValue();
    }

    /** {@code true} or {@code false}, nothing else (YAML 1.1's yes/no/on/off are refused as ambiguous). */
    public boolean flag(Node node, String what) {
        String value = scalar(node, what);
        if (!value.equals("true") && !value.equals("false")) {
            throw problem(node, what + " is true or false");
        }
        return Boolean.parseBoolean(value);
    }

    public Node required(Map<String, Node> mapping, String key, Node owner) {
        Node value = mapping.get(key);
        if (value == null) {
            throw problem(owner, "missing '" + key + "'");
        }
        return value;
    }

    public InvalidPolicyFileException problem(Node node, String message) {
        return new InvalidPolicyFileException(fileName, node.getStartMark().getLine() + 1, message);
    }
}
