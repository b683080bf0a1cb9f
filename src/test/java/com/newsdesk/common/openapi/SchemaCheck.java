package com.newsdesk.common.openapi;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Holds a JSON answer against the schema the OpenAPI document gives for it: every property
 * returned is declared, every required one is there, and a null only where the schema allows one.
 * Polymorphic parts (oneOf, such as body blocks) are left to their own tests.
 */
public final class SchemaCheck {

    private final Map<String, Object> schemas;

    private SchemaCheck(Map<String, Object> schemas) {
        this.schemas = schemas;
    }

    /** The schemas of the document the running application serves. */
    public static SchemaCheck served() {
        return new SchemaCheck(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("components.schemas"));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> schema(String name) {
        Map<String, Object> schema = (Map<String, Object>) schemas.get(name);
        if (schema == null) {
            throw new AssertionError("The OpenAPI document has no schema " + name);
        }
        return schema;
    }

    /** Where the value breaks the named schema; empty when it keeps it. */
    public List<String> violations(Object value, String schemaName) {
        List<String> found = new ArrayList<>();
        check(value, schema(schemaName), schemaName, found);
        return found;
    }

    @SuppressWarnings("unchecked")
    private void check(Object value, Map<String, Object> schema, String path, List<String> found) {
        if (schema.get("$ref") instanceof String ref) {
            check(value, schema(ref.substring(ref.lastIndexOf('/') + 1)), path, found);
            return;
        }
        if (schema.containsKey("oneOf")) {
            return;
        }
        if (schema.get("anyOf") instanceof List<?> options) {
            boolean nullable = options.stream().anyMatch(o -> "null".equals(((Map<?, ?>) o).get("type")));
            if (value == null) {
                if (!nullable) {
                    found.add(path + " is null, which its schema does not allow");
                }
                return;
            }
            List<?> others = options.stream()
                    .filter(o -> !"null".equals(((Map<?, ?>) o).get("type")))
                    .toList();
            if (others.size() == 1) {
                check(value, (Map<String, Object>) others.get(0), path, found);
            }
            return;
        }
        if (value == null) {
            if (!(schema.get("type") instanceof List<?> types && types.contains("null"))) {
                found.add(path + " is null, which its schema does not allow");
            }
            return;
        }
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            for (var member : object.entrySet()) {
                Object declared = properties.get(member.getKey());
                if (declared == null) {
                    found.add(path + "." + member.getKey() + " is returned but not in the schema");
                } else {
                    check(member.getValue(), (Map<String, Object>) declared, path + "." + member.getKey(), found);
                }
            }
            for (Object required : (List<?>) schema.getOrDefault("required", List.of())) {
                if (!object.containsKey(required)) {
                    found.add(path + "." + required + " is required by the schema but not returned");
                }
            }
        } else if (value instanceof List<?> items && schema.get("items") instanceof Map<?, ?> itemSchema) {
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), (Map<String, Object>) itemSchema, path + "[" + i + "]", found);
            }
        }
    }
}
