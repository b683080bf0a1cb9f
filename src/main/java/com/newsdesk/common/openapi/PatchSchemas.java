package com.newsdesk.common.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The request schema of each JSON merge patch, written from the schema of the create input it
 * patches ({@code NewSection} gives {@code SectionPatch}): the same properties and rules, none
 * required. A field added to the input is in its patch schema too, as it is in the code path
 * ({@link com.newsdesk.common.json.MergePatch}). Patches whose fields differ from the create's
 * declare their own record instead.
 */
final class PatchSchemas {

    /** Patch schema name: the input schema it copies. */
    static final Map<String, String> DERIVED = Map.of(
            "ArticlePatch", "NewArticle",
            "AuthorPatch", "NewAuthor",
            "SectionPatch", "NewSection",
            "TagPatch", "NewTag",
            "WebhookPatch", "NewWebhook",
            "LiveEntryPatch", "NewLiveEntry");

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
                    .properties(source.getProperties());
            openAPI.getComponents().addSchema(patch, copy);
        });
    }
}
