package io.consentgateway.policies.classification;

import io.consentgateway.policies.access.InvalidPolicyFileException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a policy file as YAML nodes so that every complaint can name the line it is about. */
final class PolicyYaml {

    private final String fileName;

    PolicyYaml(String fileName) {
        this.fileName = fileName;
    }

    Node root(InputStream in) {
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

    Map<String, Node> mapping(Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(node, what + " must be a mapping");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        mapping.getValue().forEach(tuple -> entries.put(scalar(tuple.getKeyNode(), "a key"), tuple.getValueNode()));
        return entries;
    }

    List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem(node, what + " must be a list");
        }
        return sequence.getValue();
    }

    String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem(node, what + " must be a single value");
        }
        return scalar.getValue();
    }

    Node required(Map<String, Node> mapping, String key, Node owner) {
        Node value = mapping.get(key);
        if (value == null) {
            throw problem(owner, "missing '" + key + "'");
        }
        return value;
    }

    InvalidPolicyFileException problem(Node node, String message) {
        return new InvalidPolicyFileException(fileName, node.getStartMark().getLine() + 1, message);
    }
}
