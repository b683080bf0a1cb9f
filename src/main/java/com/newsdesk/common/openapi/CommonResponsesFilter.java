package com.newsdesk.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the errors that any operation of the API can answer, so no operation forgets them:
 * 406 (an Accept header we cannot serve) and 500 (a bug, with a correlation id). Operations with a
 * request body also get 413 and 415; staff operations get the bearer requirement, 401 and 403. The
 * shared problem schema is used everywhere.
 */
public class CommonResponsesFilter implements OASFilter {

    static final String STAFF_PREFIX = "/api/v1/admin/";
    static final String LOGIN_PATH = "/api/v1/admin/auth/token";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        declareDiscriminators(openAPI);
        PatchSchemas.derive(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (var entry : openAPI.getPaths().getPathItems().entrySet()) {
            if (!entry.getKey().startsWith("/api/")) {
                continue;
            }
            boolean staff =
                    entry.getKey().startsWith(STAFF_PREFIX) && !entry.getKey().equals(LOGIN_PATH);
            for (var operation : entry.getValue().getOperations().entrySet()) {
                addCommon(operation.getKey(), operation.getValue());
                if (staff) {
                    addStaff(operation.getValue());
                } else if (operation.getValue().getSecurity() == null
                        || operation.getValue().getSecurity().isEmpty()) {
                    // An empty requirement says "no credentials needed" explicitly, so generated
                    // clients and linters do not have to guess whether the operation was forgotten.
                    operation.getValue().addSecurityRequirement(OASFactory.createSecurityRequirement());
                }
                typeHeaders(operation.getValue());
                namedFormsOnly(operation.getValue());
            }
        }
    }

    /**
     * A form body documented by a named schema is that schema alone: SmallRye adds the resource
     * method's form parameters beside the reference (a file part as an array, from its Java type),
     * which would contradict the schema a client is generated from.
     */
    private static void namedFormsOnly(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
            var schema = media.getSchema();
            if (type.startsWith("multipart/") && schema != null && schema.getRef() != null) {
                schema.setProperties(null);
                schema.setType(null);
            }
        });
    }

    private static void addCommon(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        // Errors documented by an operation without a body schema are problems, like all errors.
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.length() == 3 && status.charAt(0) >= '4' && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
        add(operation, "406", "The Accept header asks for a media type this operation does not produce.");
        add(operation, "500", "Unexpected error: a bug. The problem carries a correlationId for support.");
        add(
                operation,
                "503",
                "The database is unavailable or restarting, or the request took longer than allowed; repeat it after"
                        + " the Retry-After header's seconds.");
        operation
                .getResponses()
                .getAPIResponse("503")
                .addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                                .description("Seconds to wait before repeating the request.")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        if (operation.getRequestBody() != null) {
            add(operation, "400", "Malformed JSON or invalid fields; errors[] lists each field.");
            add(operation, "413", "The request body is larger than the server accepts.");
            add(operation, "415", "The request body is not application/json.");
        }
    }

    /**
     * The variants of a polymorphic schema (body blocks) carry their discriminator, `type`, in JSON
     * but not in the generated schema: declare it on each variant, with its one value where the
     * mapping names it, so generated clients have the field and examples validate.
     */
    private static void declareDiscriminators(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        var schemas = openAPI.getComponents().getSchemas();
        for (Schema parent : schemas.values()) {
            if (parent.getDiscriminator() == null || parent.getOneOf() == null) {
                continue;
            }
            String property = parent.getDiscriminator().getPropertyName();
            var mapping = parent.getDiscriminator().getMapping();
            for (Schema option : parent.getOneOf()) {
                String ref = option.getRef();
                Schema variant = ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                if (variant == null
                        || (variant.getProperties() != null
                                && variant.getProperties().containsKey(property))) {
                    continue;
                }
                Schema discriminator = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
                if (mapping != null) {
                    mapping.forEach((value, target) -> {
                        if (target.equals(ref)) {
                            discriminator.addEnumeration(value);
                        }
                    });
                }
                variant.addProperty(property, discriminator);
            }
        }
    }

    /** Every documented response header gets a schema; an annotation that names only a header has none. */
    private static void typeHeaders(Operation operation) {
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            if (response.getHeaders() == null) {
                return;
            }
            response.getHeaders().forEach((name, header) -> {
                if (header.getSchema() == null && header.getContent() == null && header.getRef() == null) {
                    header.setSchema(OASFactory.createSchema()
                            .addType(
                                    "Retry-After".equalsIgnoreCase(name)
                                            ? Schema.SchemaType.INTEGER
                                            : Schema.SchemaType.STRING));
                }
            });
        });
    }

    private static void addStaff(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme("bearer"));
        }
        add(operation, "401", "No token, or an invalid, expired or revoked one.");
        add(operation, "403", "The token's role does not allow this operation.");
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response =
                OASFactory.createAPIResponse().description(description).content(problemContent());
        operation.getResponses().addAPIResponse(status, response);
    }

    private static Content problemContent() {
        Schema problem = OASFactory.createSchema().ref("Problem");
        MediaType media = OASFactory.createMediaType().schema(problem);
        return OASFactory.createContent().addMediaType("application/problem+json", media);
    }
}
