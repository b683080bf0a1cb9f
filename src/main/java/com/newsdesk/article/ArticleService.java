package com.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.article.ArticleInputs.NewArticle;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Staff editing of articles: list, read, create and change, with who may touch what. The fields
 * are written by {@link ArticleEditor}; states change in {@link ArticleLifecycle}.
 */
@ApplicationScoped
public class ArticleService {

    /** Fields a patch may change but not clear. */
    private static final String[] REQUIRED = {"headline", "slug", "body", "authors", "tags", "language"};

    private final ArticleRepository articles;
    private final ArticleReader reader;
    private final ArticleEditor editor;
    private final PublishRules rules;
    private final SlugRedirects redirects;
    private final ChangeLog changes;
    private final Preconditions preconditions;
    private final MergePatch merges;
    private final Clock clock;
    private final ArticleRevisions revisions;
    private final TranslationGroups translations;

    ArticleService(
            ArticleRepository articles,
            ArticleReader reader,
            ArticleEditor editor,
            PublishRules rules,
            SlugRedirects redirects,
            ChangeLog changes,
            Preconditions preconditions,
            MergePatch merges,
            Clock clock,
            ArticleRevisions revisions,
            TranslationGroups translations) {
        this.revisions = revisions;
        this.translations = translations;
        this.articles = articles;
        this.reader = reader;
        this.editor = editor;
        this.rules = rules;
        this.redirects = redirects;
        this.changes = changes;
        this.preconditions = preconditions;
        this.merges = merges;
        this.clock = clock;
    }

    @Transactional
    public NumberedPage<ArticleAdminView> list(
            ArticleRepository.AdminFilter filter, int page, int limit, Caller caller) {
        ArticleRepository.AdminFilter scoped = caller.editor()
                ? filter
                : new ArticleRepository.AdminFilter(
                        filter.status(), filter.authorId(), filter.sectionId(), filter.text(), caller.staffId());
        List<ArticleAdminView> data = reader.adminViews(articles.adminPage(scoped, page, limit));
        return new NumberedPage<>(data, new NumberedPage.PageMeta(page, limit, articles.adminCount(scoped)));
    }

    @Transactional
    public ArticleAdminView get(UUID id, Caller caller) {
        return reader.adminView(findFor(id, caller));
    }

    @Transactional
    public ArticleAdminView create(NewArticle input, Caller caller) {
        Article article = new Article();
        article.createdBy = caller.staffId();
        editor.apply(article, input);
        articles.persist(article);
        translations.place(article);
        articles.flush();
        ArticleAdminView view = reader.adminView(article);
        revisions.record(view, "create");
        return view;
    }

    /** A JSON merge patch over the article as its input, checked as the whole it makes. */
    @Transactional
    public ArticleAdminView patch(UUID id, String ifMatch, JsonNode patch, Caller caller) {
        return patch(id, ifMatch, patch, caller, "edit");
    }

    /** A merge patch recorded in the history as {@code action} (an edit, or a restore). */
    ArticleAdminView patch(UUID id, String ifMatch, JsonNode patch, Caller caller, String action) {
        Article article = findFor(id, caller);
        ArticleAdminView current = reader.adminView(article);
        preconditions.requireMatch(ifMatch, current);
        NewArticle changed = merges.merge(reader.asInput(current), patch, NewArticle.class, REQUIRED);
        String oldSlug = article.slug;
        boolean wasPublic = article.isPublicAt(clock.instant());
        editor.apply(article, changed);
        translations.place(article);
        if (article.status == ArticleStatus.PUBLISHED || article.status == ArticleStatus.SCHEDULED) {
            rules.requireComplete(article); // a live article stays complete
        }
        if (article.isPublicAt(clock.instant())) {
            changes.upsert(article); // a scheduled one gets its row when it goes public
        }
        if (wasPublic && !article.slug.equals(oldSlug)) {
            redirects.remember(oldSlug, article.id);
        }
        articles.flush();
        ArticleAdminView view = reader.adminView(article);
        revisions.record(view, action);
        return view;
    }

    /** The article, if the caller may see it; contributors may only touch their own drafts (403). */
    Article findFor(UUID id, Caller caller) {
        Article article = articles.require(id);
        if (!caller.editor()
                && (article.status != ArticleStatus.DRAFT || !caller.staffId().equals(article.createdBy))) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Contributors may only open and change their own drafts.");
        }
        return article;
    }
}
