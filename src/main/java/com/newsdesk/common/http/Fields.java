package com.newsdesk.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code fields=a,b,c}: keeps only those top-level fields of a resource, or of each item of a
 * list's {@code data}, so a mobile screen downloads what it shows. Unknown names are ignored.
 */
final class Fields {

    private Fields() {}

    static JsonNode keep(ObjectMapper json, Object entity, String fields) {
        Set<String> wanted = Arrays.stream(fields.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
        JsonNode tree = json.valueToTree(entity);
        JsonNode data = tree.get("data");
        if (tree.isObject() && data != null && data.isArray() && tree.has("meta")) {
            data.forEach(item -> retain(item, wanted));
        } else if (tree.isArray()) {
            tree.forEach(item -> retain(item, wanted));
        } else {
            retain(tree, wanted);
        }
        return tree;
    }

    private static void retain(JsonNode node, Set<String> wanted) {
        if (node instanceof ObjectNode object) {
            object.retain(wanted);
        }
    }
}
