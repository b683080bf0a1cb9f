package com.newsdesk.article;

import com.newsdesk.article.ArticleViews.ArticleSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Articles related to one: a short, unpaged list. */
@Schema(
        name = "RelatedArticles",
        requiredProperties = {"data", "meta"})
public record RelatedPage(List<ArticleSummary> data, Meta meta) implements com.newsdesk.common.http.CacheTags {

    @Override
    public List<String> surrogateKeys() {
        return com.newsdesk.common.http.CacheTags.of(data);
    }

    @Schema(
            name = "RelatedMeta",
            requiredProperties = {"limit"})
    public record Meta(@Schema(example = "5") int limit) {}
}
