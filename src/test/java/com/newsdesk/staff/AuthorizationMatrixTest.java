package com.newsdesk.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.newsdesk.staff.StaffFixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every staff operation of the OpenAPI document, so that a new endpoint cannot be
 * forgotten: without a token, with bad ones, and with each role.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** The lowest role each staff operation admits (the roles above it are included). */
    private static final Map<String, StaffRole> REQUIRED = Map.ofEntries(
            Map.entry("getMe", StaffRole.CONTRIBUTOR),
            Map.entry("listStaff", StaffRole.ADMIN),
            Map.entry("createStaff", StaffRole.ADMIN),
            Map.entry("getStaff", StaffRole.ADMIN),
            Map.entry("updateStaff", StaffRole.ADMIN),
            Map.entry("deleteStaff", StaffRole.ADMIN),
            Map.entry("setStaffPassword", StaffRole.ADMIN),
            Map.entry("adminListSections", StaffRole.EDITOR),
            Map.entry("createSection", StaffRole.EDITOR),
            Map.entry("adminGetSection", StaffRole.EDITOR),
            Map.entry("updateSection", StaffRole.EDITOR),
            Map.entry("deleteSection", StaffRole.EDITOR),
            Map.entry("adminListTags", StaffRole.EDITOR),
            Map.entry("createTag", StaffRole.EDITOR),
            Map.entry("adminGetTag", StaffRole.EDITOR),
            Map.entry("updateTag", StaffRole.EDITOR),
            Map.entry("deleteTag", StaffRole.EDITOR),
            Map.entry("adminListAuthors", StaffRole.EDITOR),
            Map.entry("createAuthor", StaffRole.EDITOR),
            Map.entry("adminGetAuthor", StaffRole.EDITOR),
            Map.entry("updateAuthor", StaffRole.EDITOR),
            Map.entry("deleteAuthor", StaffRole.EDITOR),
            Map.entry("adminListMedia", StaffRole.EDITOR),
            Map.entry("createMedia", StaffRole.EDITOR),
            Map.entry("adminGetMedia", StaffRole.EDITOR),
            Map.entry("updateMedia", StaffRole.EDITOR),
            Map.entry("deleteMedia", StaffRole.EDITOR),
            Map.entry("getMediaOriginal", StaffRole.EDITOR),
            Map.entry("renderMedia", StaffRole.EDITOR),
            Map.entry("renderAllMedia", StaffRole.ADMIN),
            Map.entry("adminListArticles", StaffRole.CONTRIBUTOR),
            Map.entry("createArticle", StaffRole.CONTRIBUTOR),
            Map.entry("adminGetArticle", StaffRole.CONTRIBUTOR),
            Map.entry("updateArticle", StaffRole.CONTRIBUTOR),
            Map.entry("deleteArticle", StaffRole.EDITOR),
            Map.entry("publishArticle", StaffRole.EDITOR),
            Map.entry("scheduleArticle", StaffRole.EDITOR),
            Map.entry("unpublishArticle", StaffRole.EDITOR),
            Map.entry("archiveArticle", StaffRole.EDITOR),
            Map.entry("adminListCollections", StaffRole.EDITOR),
            Map.entry("createCollection", StaffRole.EDITOR),
            Map.entry("adminGetCollection", StaffRole.EDITOR),
            Map.entry("updateCollection", StaffRole.EDITOR),
            Map.entry("deleteCollection", StaffRole.EDITOR),
            Map.entry("setCollectionItems", StaffRole.EDITOR),
            Map.entry("adminListNewsletters", StaffRole.ADMIN),
            Map.entry("createNewsletter", StaffRole.ADMIN),
            Map.entry("adminGetNewsletter", StaffRole.ADMIN),
            Map.entry("updateNewsletter", StaffRole.ADMIN),
            Map.entry("deleteNewsletter", StaffRole.ADMIN),
            Map.entry("listSubscribers", StaffRole.ADMIN),
            Map.entry("exportSubscribers", StaffRole.ADMIN),
            Map.entry("eraseSubscriber", StaffRole.ADMIN),
            Map.entry("getCacheStats", StaffRole.ADMIN),
            Map.entry("adminListUndeliveredMail", StaffRole.ADMIN),
            Map.entry("createPreviewToken", StaffRole.CONTRIBUTOR),
            Map.entry("listArticleRevisions", StaffRole.CONTRIBUTOR),
            Map.entry("getArticleRevision", StaffRole.CONTRIBUTOR),
            Map.entry("diffArticleRevisions", StaffRole.CONTRIBUTOR),
            Map.entry("restoreArticleRevision", StaffRole.CONTRIBUTOR),
            Map.entry("listArticleCorrections", StaffRole.EDITOR),
            Map.entry("addArticleCorrection", StaffRole.EDITOR),
            Map.entry("removeArticleCorrection", StaffRole.ADMIN),
            Map.entry("killArticle", StaffRole.EDITOR),
            Map.entry("liftArticleKill", StaffRole.ADMIN),
            Map.entry("listLiveEntries", StaffRole.EDITOR),
            Map.entry("getLiveEntry", StaffRole.EDITOR),
            Map.entry("postLiveEntry", StaffRole.EDITOR),
            Map.entry("updateLiveEntry", StaffRole.EDITOR),
            Map.entry("deleteLiveEntry", StaffRole.EDITOR),
            Map.entry("listWebhooks", StaffRole.ADMIN),
            Map.entry("createWebhook", StaffRole.ADMIN),
            Map.entry("getWebhook", StaffRole.ADMIN),
            Map.entry("updateWebhook", StaffRole.ADMIN),
            Map.entry("deleteWebhook", StaffRole.ADMIN),
            Map.entry("rotateWebhookSecret", StaffRole.ADMIN),
            Map.entry("listWebhookDeliveries", StaffRole.ADMIN),
            Map.entry("retryWebhookDelivery", StaffRole.ADMIN),
            Map.entry("recoverWebhookDeliveries", StaffRole.ADMIN));

    record Operation(String id, String method, String path, String contentType, String description) {}

    @Inject
    StaffFixtures fixtures;

    private final Map<StaffRole, String> tokens = new LinkedHashMap<>();
    private Account contributor;

    @BeforeEach
    void accounts() {
        fixtures.deleteAll();
        for (StaffRole role : StaffRole.values()) {
            Account account = fixtures.create(role);
            if (role == StaffRole.CONTRIBUTOR) {
                contributor = account;
            }
            tokens.put(role, StaffFixtures.login(account));
        }
    }

    private static List<Operation> staffOperations() {
        JsonPath doc = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (!path.startsWith("/api/v1/admin/") || path.equals("/api/v1/admin/auth/token")) {
                return;
            }
            methods.forEach((method, operation) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                String contentType = null;
                if (body != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> content = (Map<String, Object>) body.get("content");
                    contentType = content.containsKey("application/json")
                            ? "application/json"
                            : content.keySet().iterator().next();
                }
                operations.add(new Operation(
                        (String) operation.get("operationId"),
                        method.toUpperCase(),
                        path,
                        contentType,
                        String.valueOf(operation.get("description"))));
            });
        });
        return operations;
    }

    private static Response call(Operation operation, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.contentType() != null) {
            request.contentType(operation.contentType()).body("{}");
        }
        request.header("If-Match", "\"stale\"");
        String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        return request.request(operation.method(), path);
    }

    @Test
    void everyStaffOperationIsInTheMatrix() {
        TreeSet<String> documented = new TreeSet<>();
        staffOperations().forEach(operation -> documented.add(operation.id()));
        assertEquals(new TreeSet<>(REQUIRED.keySet()), documented);
    }

    @Test
    void descriptionsNameTheRolesThatMayCall() {
        for (Operation operation : staffOperations()) {
            StaffRole required = REQUIRED.get(operation.id());
            for (StaffRole role : StaffRole.values()) {
                boolean allowed = role.ordinal() >= required.ordinal();
                String roles = operation
                        .description()
                        .substring(operation.description().indexOf("Roles:"));
                assertEquals(allowed, roles.contains(role.value()), operation.id() + ": " + operation.description());
            }
        }
    }

    @Test
    void withoutATokenEveryOperationIs401() {
        for (Operation operation : staffOperations()) {
            call(operation, null)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo("https://newsdesk.dev/problems/unauthorized"));
        }
    }

    @Test
    void badTokensAre401() {
        List<String> bad = List.of(
                "not-a-jwt",
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
                StaffFixtures.forgedToken(contributor),
                StaffFixtures.signedToken(
                        contributor,
                        Instant.now().minusSeconds(7200),
                        Instant.now().minusSeconds(3600)));
        for (Operation operation : staffOperations()) {
            for (String token : bad) {
                call(operation, token)
                        .then()
                        .statusCode(401)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://newsdesk.dev/problems/unauthorized"));
            }
        }
    }

    @Test
    void eachRoleGetsExactlyWhatItMay() {
        for (Operation operation : staffOperations()) {
            StaffRole required = REQUIRED.get(operation.id());
            tokens.forEach((role, token) -> {
                Response response = call(operation, token);
                if (role.ordinal() >= required.ordinal()) {
                    assertTrue(
                            response.statusCode() != 401 && response.statusCode() != 403,
                            operation.id() + " as " + role + " gave " + response.statusCode());
                    assertTrue(
                            response.statusCode() < 500, operation.id() + " as " + role + ": " + response.asString());
                } else {
                    response.then()
                            .statusCode(403)
                            .contentType("application/problem+json")
                            .body("type", equalTo("https://newsdesk.dev/problems/forbidden"));
                }
            });
        }
    }

    @Test
    void staffAnswersAreNotStored() {
        given().header("Authorization", "Bearer " + tokens.get(StaffRole.ADMIN))
                .get("/api/v1/admin/me")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("role", equalTo("admin"))
                .body(
                        "$",
                        not(anyOf(
                                org.hamcrest.Matchers.hasKey("password"),
                                org.hamcrest.Matchers.hasKey("passwordHash"))));
    }
}
