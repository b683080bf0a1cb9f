package com.newsdesk.preview;

import com.newsdesk.article.ArticlePreviews;
import com.newsdesk.article.ArticleViews.ArticleView;
import com.newsdesk.article.Caller;
import com.newsdesk.common.http.ApiLinks;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Issues preview links for staff, and shows a draft to whoever holds one. */
@ApplicationScoped
public class PreviewService {

    @Schema(
            name = "PreviewToken",
            requiredProperties = {"token", "url", "expiresAt"},
            examples = "{\"token\": \"AZOjxXoefCqdQVvi96DAAQAAAABnTwEw.k3Jq0fXh2cWb8mR1Yt4uVn6sLpQe9aZxCv7bNm2Ds1E\","
                    + " \"url\": \"https://api.example.com/api/v1/preview/articles/0193a3c5-7a1e-7c2a-9d41-5be2f7a0c001"
                    + "?token=AZOjxXoefCqdQVvi96DAAQAAAABnTwEw.k3Jq0fXh2cWb8mR1Yt4uVn6sLpQe9aZxCv7bNm2Ds1E\","
                    + " \"expiresAt\": \"2026-12-03T10:00:00Z\"}")
    public record PreviewLink(
            @Schema(description = "A credential for this article's preview: share it like a password.")
            String token,

            @Schema(description = "Where the preview opens: NEWSDESK_PREVIEW_URL, or this API's preview endpoint.")
            String url,

            Instant expiresAt) {}

    private final ArticlePreviews articles;
    private final PreviewTokens tokens;
    private final PreviewConfig config;
    private final ApiLinks links;
    private final Clock clock;

    PreviewService(ArticlePreviews articles, PreviewTokens tokens, PreviewConfig config, ApiLinks links, Clock clock) {
        this.articles = articles;
        this.tokens = tokens;
        this.config = config;
        this.links = links;
        this.clock = clock;
    }

    public PreviewLink issue(UUID id, Caller caller) {
        String slug = articles.requirePreviewable(id, caller);
        Instant expires = clock.instant().plus(config.ttl());
        String token = tokens.issue(id, expires);
        String url = config.url()
                .map(template -> template.replace("{token}", encode(token))
                        .replace("{id}", id.toString())
                        .replace("{slug}", encode(slug)))
                .orElseGet(() -> links.to("/api/v1/preview/articles/" + id + "?token=" + encode(token)));
        return new PreviewLink(token, url, expires);
    }

    /** The draft a token shows: a 401 for a token that is bad, expired or for another article. */
    public ArticleView draft(UUID id, String token) {
        UUID granted = tokens.verify(token, clock.instant())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.UNAUTHORIZED,
                        "The preview token is missing, invalid or expired; ask for a new link."));
        if (!granted.equals(id)) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "This preview token is for another article.");
        }
        return articles.draft(id)
                .orElseThrow(() -> new ProblemException.NotFound("The article " + id + " no longer exists."));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
