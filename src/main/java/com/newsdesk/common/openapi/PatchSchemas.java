package com.newsdesk.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The request schema of each JSON merge patch, written from the schema of the create input it
 * patches ({@code NewSection} gives {@code SectionPatch}): the same properties and rules, none
 * required, and null allowed for every one the input does not require. A field added to the input is in its patch schema too, as it is in the code path
 * ({@link com.newsdesk.common.json.MergePatch}). Patches whose fields differ from the create's
 * declare their own record instead.
 */
final class PatchSchemas {

    /** Patch schema name: the input schema it copies. */
    static final Map<String, String> DERIVED = Map.of(
            "ArticlePatch", "NewArticle",
            "AuthorPatch", "NewAuthor",
            "SectionPatch", "NewSection",
            "TagPatch", "NewTag");

    private PatchSchemas() {}

    static void derive(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        var schemas = openAPI.getComponents().getSchemas();
        DERIVED.forEach((patch, input) -> {
            Schema source = schemas.get(input);
            if (source == null || schemas.containsKey(patch)) {
                return;
            }
            Schema copy = OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("A JSON merge patch (RFC 7396) of " + input
                            + ": fields left out keep their value, null clears an optional one, and a nested"
                            + " object merges member by member. The result must pass the rules of " + input + ".")
                    .properties(clearable(source));
            openAPI.getComponents().addSchema(patch, copy);
        });
    }

    /**
     * The input's properties, each one the input does not require also allowing null (the patch
     * clears it), so that a generated client can send {@code "standfirst": null}. Required ones
     * cannot be cleared and stay as they are.
     */
    private static Map<String, Schema> clearable(Schema input) {
        List<String> required = input.getRequired() == null ? List.of() : input.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>();
        input.getProperties()
                .forEach((name, property) ->
                        properties.put(name, required.contains(name) ? property : orNull(property)));
        return properties;
    }

    /** A copy of {@code property} that also allows null; the input's own schema is left as it is. */
    private static Schema orNull(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema()
                    .anyOf(List.of(property, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        }
        if (property.getType() == null || property.getType().contains(Schema.SchemaType.NULL)) {
            return property;
        }
        Schema copy = OASFactory.createSchema();
        copy.setAll(property.getAll());
        List<Schema.SchemaType> types = new ArrayList<>(property.getType());
        types.add(Schema.SchemaType.NULL);
        copy.setType(types);
        return copy;
    }
}
