package com.newsdesk.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code fields=a,b,c}: keeps only those top-level fields of a resource, or of each item of a
 * list's {@code data}, so a mobile screen downloads what it shows. Unknown names are ignored, but
 * an answer that names one is not kept in the read cache: {@code fields=a1}, {@code fields=a2},
 * ... would otherwise each take an entry of their own.
 */
final class Fields {

    private Fields() {}

    /** The trimmed answer, and whether every requested name was a field of it. */
    record Kept(JsonNode tree, boolean allKnown) {}

    static Kept keep(ObjectMapper json, Object entity, String fields) {
        Set<String> wanted = Arrays.stream(fields.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
        Set<String> found = new HashSet<>();
        JsonNode tree = json.valueToTree(entity);
        JsonNode data = tree.get("data");
        if (tree.isObject() && data != null && data.isArray() && tree.has("meta")) {
            data.forEach(item -> retain(item, wanted, found));
        } else if (tree.isArray()) {
            tree.forEach(item -> retain(item, wanted, found));
        } else {
            retain(tree, wanted, found);
        }
        return new Kept(tree, found.containsAll(wanted));
    }

    private static void retain(JsonNode node, Set<String> wanted, Set<String> found) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                if (wanted.contains(name)) {
                    found.add(name);
                }
            });
            object.retain(wanted);
        }
    }
}
