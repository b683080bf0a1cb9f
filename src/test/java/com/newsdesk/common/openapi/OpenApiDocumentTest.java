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
