package com.newsdesk.common.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void jsonDocumentDescribesTheApi() {
        given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Newsdesk API"))
                .body("info.version", notNullValue())
                .body("info.description", containsString("problem+json"))
                .body("info.contact.email", notNullValue())
                .body("components.schemas.Problem.required", hasItems("type", "title", "status", "detail", "instance"))
                .body("components.schemas.Section.required", hasItems("id", "slug", "name"))
                .body("paths.'/api/v1/sections'.get.operationId", equalTo("listSections"))
                .body("paths.'/api/v1/sections/{slug}'.get.operationId", equalTo("getSection"))
                .body(
                        "paths.'/api/v1/sections/{slug}'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body(
                        "paths.'/api/v1/sections'.get.responses.'500'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void staffOperationsDeclareBearerAuthAnd401And403() {
        var doc = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        org.hamcrest.MatcherAssert.assertThat(
                doc.getString("components.securitySchemes.bearer.scheme"), equalTo("bearer"));
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        int checked = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/admin/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                String id = String.valueOf(operation.getValue().get("operationId"));
                java.util.Map<?, ?> responses =
                        (java.util.Map<?, ?>) operation.getValue().get("responses");
                if (path.getKey().equals("/api/v1/admin/auth/token")) {
                    org.junit.jupiter.api.Assertions.assertTrue(responses.containsKey("429"), id);
                    continue;
                }
                org.junit.jupiter.api.Assertions.assertTrue(responses.containsKey("401"), id);
                org.junit.jupiter.api.Assertions.assertTrue(responses.containsKey("403"), id);
                org.junit.jupiter.api.Assertions.assertTrue(
                        String.valueOf(operation.getValue().get("security")).contains("bearer"), id);
                checked++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked >= 12, "checked " + checked);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdASummaryAndExamplesForItsBody() {
        var doc = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        java.util.Map<String, java.util.Map<String, Object>> schemas = doc.getMap("components.schemas");
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        java.util.List<String> problems = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            Object id = operation.get("operationId");
            if (id == null || !ids.add(id.toString())) problems.add(where + ": missing or duplicate operationId");
            if (operation.get("summary") == null) problems.add(where + ": no summary");
            var body = (java.util.Map<String, Object>) operation.get("requestBody");
            if (body != null) {
                var content = (java.util.Map<String, java.util.Map<String, Object>>) body.get("content");
                for (var media : content.values()) {
                    if (media.get("examples") != null || media.get("example") != null) {
                        continue; // a JSON merge patch keeps its examples here, its schema is derived
                    }
                    var schema = (java.util.Map<String, Object>) media.get("schema");
                    String ref = schema == null ? null : (String) schema.get("$ref");
                    var component = ref == null ? schema : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                    if (component == null || (component.get("examples") == null && component.get("example") == null)) {
                        problems.add(where + ": request body without an example");
                    }
                }
            }
        }));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), problems);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationStatesItsSecurityAndEveryHeaderHasASchema() {
        var doc = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        java.util.List<String> problems = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            var security = (java.util.List<java.util.Map<String, Object>>) operation.get("security");
            if (path.startsWith("/api/") && (security == null || security.isEmpty())) {
                problems.add(where + ": no security requirement");
            }
            boolean staff = path.startsWith("/api/v1/admin/") && !path.equals("/api/v1/admin/auth/token");
            if (security != null && !staff && !security.equals(java.util.List.of(java.util.Map.of()))) {
                problems.add(where + ": a public operation must declare the empty requirement, not " + security);
            }
            var responses = (java.util.Map<String, java.util.Map<String, Object>>) operation.get("responses");
            responses.forEach((status, response) -> {
                var headers = (java.util.Map<String, java.util.Map<String, Object>>) response.get("headers");
                if (headers != null) {
                    headers.forEach((name, header) -> {
                        if (header.get("schema") == null && header.get("content") == null) {
                            problems.add(where + " " + status + ": header " + name + " has no schema");
                        }
                    });
                }
            });
        }));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), problems);
        org.hamcrest.MatcherAssert.assertThat(
                doc.getMap("components.securitySchemes").keySet(), equalTo(java.util.Set.of("bearer")));
    }

    @Test
    void testOnlyResourcesStayOutOfTheDocument() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/test-only/probe'", equalTo(null));
    }

    @Test
    void yamlDocumentAndSwaggerUiAreServed() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("title: Newsdesk API"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("<html"));
    }
}
