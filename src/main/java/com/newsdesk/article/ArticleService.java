package com.newsdesk.article;

import com.newsdesk.article.ArticleInputs.ArticlePatch;
import com.newsdesk.article.ArticleInputs.NewArticle;
import com.newsdesk.article.ArticleViews.ArticleAdminView;
import com.newsdesk.author.AuthorService;
import com.newsdesk.common.Slugs;
import com.newsdesk.common.Texts;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.common.problem.ViolationFields;
import com.newsdesk.media.MediaKind;
import com.newsdesk.media.MediaService;
import com.newsdesk.section.SectionService;
import com.newsdesk.tag.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Writing articles: create, change, publish, schedule, unpublish, delete. */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;
    private final ArticleReader reader;
    private final ArticleWithdrawalRepository withdrawals;
    private final SlugRedirects redirects;
    private final ChangeLog changes;
    private final AuthorService authors;
    private final TagService tags;
    private final SectionService sections;
    private final MediaService media;
    private final Preconditions preconditions;
    private final ArticleConfig config;
    private final Validator validator;
    private final Event<ArticleWentPublic> wentPublic;
    private final Clock clock;

    ArticleService(
            ArticleRepository articles,
            ArticleReader reader,
            ArticleWithdrawalRepository withdrawals,
            SlugRedirects redirects,
            ChangeLog changes,
            AuthorService authors,
            TagService tags,
            SectionService sections,
            MediaService media,
            Preconditions preconditions,
            ArticleConfig config,
            Validator validator,
            Event<ArticleWentPublic> wentPublic,
            Clock clock) {
        this.articles = articles;
        this.reader = reader;
        this.withdrawals = withdrawals;
        this.redirects = redirects;
        this.changes = changes;
        this.authors = authors;
        this.tags = tags;
        this.sections = sections;
        this.media = media;
        this.preconditions = preconditions;
        this.config = config;
        this.validator = validator;
        this.wentPublic = wentPublic;
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
        apply(article, input);
        articles.persist(article);
        articles.flush();
        return reader.adminView(article);
    }

    @Transactional
    public ArticleAdminView patch(UUID id, String ifMatch, ArticlePatch patch, Caller caller) {
        Article article = findFor(id, caller);
        ArticleAdminView current = reader.adminView(article);
        preconditions.requireMatch(ifMatch, current);
        patch.requireNonNull(
                "headline",
                patch.getHeadline(),
                "slug",
                patch.getSlug(),
                "body",
                patch.getBody(),
                "authors",
                patch.getAuthors(),
                "tags",
                patch.getTags(),
                "language",
                patch.getLanguage());
        String oldSlug = article.slug;
        boolean wasPublic = article.isPublicAt(clock.instant());
        apply(article, patch.over(asInput(current)));
        if (article.status == ArticleStatus.PUBLISHED || article.status == ArticleStatus.SCHEDULED) {
            requireComplete(article); // a live article stays complete
        }
        if (article.isPublicAt(clock.instant())) {
            changes.upsert(article); // a scheduled one gets its row when it goes public
        }
        if (wasPublic && !article.slug.equals(oldSlug)) {
            redirects.remember(oldSlug, article.id);
        }
        articles.flush();
        return reader.adminView(article);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Article article = find(id);
        preconditions.requireMatch(ifMatch, reader.adminView(article));
        Instant now = clock.instant();
        if (article.isPublicAt(now)) {
            withdrawals.record(article, "deleted", now);
            changes.tombstone(article);
        }
        articles.delete(article);
    }

    @Transactional
    public ArticleAdminView publish(UUID id) {
        Article article = find(id);
        requireComplete(article);
        Instant now = clock.instant();
        if (!article.isPublicAt(now)) {
            article.publishedAt = now;
        }
        boolean goesPublic = article.status != ArticleStatus.PUBLISHED;
        article.status = ArticleStatus.PUBLISHED;
        articles.flush();
        changes.upsert(article);
        if (goesPublic) {
            wentPublic.fire(new ArticleWentPublic(article.id, article.slug, article.publishedAt));
        }
        return reader.adminView(article);
    }

    @Transactional
    public ArticleAdminView schedule(UUID id, Instant publishAt) {
        Article article = find(id);
        Instant now = clock.instant();
        if (!publishAt.isAfter(now)) {
            throw new ProblemException.InvalidInput("publishAt", "Must be in the future; publish now instead");
        }
        if (publishAt.isAfter(now.plus(java.time.Duration.ofDays(3660)))) {
            throw new ProblemException.InvalidInput("publishAt", "Must be within ten years");
        }
        requireComplete(article);
        if (article.isPublicAt(now)) {
            withdrawals.record(article, "unpublished", now);
            changes.tombstone(article);
        }
        article.status = ArticleStatus.SCHEDULED;
        article.publishedAt = publishAt;
        articles.flush(); // ScheduledPublisher publishes it, and writes its change, at publishAt
        return reader.adminView(article);
    }

    /** Keeps the article for the record but takes it off the public site. */
    @Transactional
    public ArticleAdminView archive(UUID id) {
        Article article = find(id);
        Instant now = clock.instant();
        if (article.isPublicAt(now)) {
            withdrawals.record(article, "archived", now);
            changes.tombstone(article);
        }
        article.status = ArticleStatus.ARCHIVED;
        articles.flush();
        return reader.adminView(article);
    }

    @Transactional
    public ArticleAdminView unpublish(UUID id) {
        Article article = find(id);
        Instant now = clock.instant();
        // An embargoed article (scheduled, not yet due) was never public: it leaves no trace in
        // public sync, or its id and slug would leak before its time.
        if (article.isPublicAt(now)) {
            withdrawals.record(article, "unpublished", now);
            changes.tombstone(article);
        }
        article.status = ArticleStatus.DRAFT;
        article.publishedAt = null;
        articles.flush();
        return reader.adminView(article);
    }

    private Article find(UUID id) {
        return articles.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no article " + id + "."));
    }

    /** Contributors may only touch their own drafts. */
    private Article findFor(UUID id, Caller caller) {
        Article article = find(id);
        if (!caller.editor()
                && (article.status != ArticleStatus.DRAFT || !caller.staffId().equals(article.createdBy))) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Contributors may only open and change their own drafts.");
        }
        return article;
    }

    /** One write path for create and patch: every field error at once, then the slug. */
    private void apply(Article article, NewArticle input) {
        // Bean Validation runs here rather than at the resource, so that its errors and those of
        // the lookups below are reported together, and a patch is checked as the whole it makes.
        List<FieldError> errors = new ArrayList<>(ViolationFields.of(validator.validate(input)));
        List<UUID> authorIds = collect(errors, () -> authors.idsOf(list(input.authors()), "authors"), List.of());
        List<UUID> tagIds = collect(errors, () -> tags.idsOf(list(input.tags()), "tags"), List.of());
        UUID sectionId =
                input.section() == null ? null : collect(errors, () -> sections.idOf(input.section(), "section"), null);
        requireDistinct(authorIds, "authors", errors);
        requireDistinct(tagIds, "tags", errors);
        List<Block> body = resolveBody(list(input.body()), article, errors);
        UUID leadImage = input.leadImage() == null || input.leadImage().mediaId() == null
                ? null
                : mediaOfKind(input.leadImage().mediaId(), MediaKind.IMAGE, "leadImage.mediaId", errors);
        UUID audio = input.audio() == null || input.audio().mediaId() == null
                ? null
                : mediaOfKind(input.audio().mediaId(), MediaKind.AUDIO, "audio.mediaId", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
        article.headline = input.headline().trim();
        article.slug = chooseSlug(input.slug(), input.headline(), article);
        article.standfirst = Texts.orNull(input.standfirst());
        article.excerpt = Texts.orNull(input.excerpt());
        article.body = new ArrayList<>(body);
        article.bodyText = BodyText.plain(body);
        article.wordCount = BodyText.words(article.bodyText);
        article.readingTimeMinutes = BodyText.readingMinutes(article.wordCount);
        article.authorIds = new ArrayList<>(authorIds);
        article.tagIds = new ArrayList<>(tagIds);
        Map<UUID, com.newsdesk.tag.TagViews.TagView> tagViews = tags.views(tagIds);
        article.tagNames = tagIds.stream()
                .map(tagViews::get)
                .filter(java.util.Objects::nonNull)
                .map(com.newsdesk.tag.TagViews.TagView::name)
                .collect(java.util.stream.Collectors.joining(" "));
        article.sectionId = sectionId;
        article.leadImageId = leadImage;
        article.leadImageCaption = input.leadImage() == null
                ? null
                : Texts.orNull(input.leadImage().caption());
        article.leadImageCredit = input.leadImage() == null
                ? null
                : Texts.orNull(input.leadImage().credit());
        article.audioId = audio;
        boolean aiAssisted =
                input.audio() != null && Boolean.TRUE.equals(input.audio().aiAssisted());
        article.audioAiAssisted = input.audio() == null ? null : aiAssisted;
        article.audioDisclosure = input.audio() == null
                ? null
                : input.audio().disclosure() != null
                        ? Texts.orNull(input.audio().disclosure())
                        : aiAssisted ? config.defaultAiDisclosure() : null;
        article.language = input.language() == null ? "en" : input.language();
        article.metaTitle = Texts.orNull(input.metaTitle());
        article.metaDescription = Texts.orNull(input.metaDescription());
        article.canonicalUrl = Texts.orNull(input.canonicalUrl());
    }

    /** Checks the body and stores related blocks by id, whatever the editor sent. */
    private List<Block> resolveBody(List<Block> body, Article article, List<FieldError> errors) {
        UUID self = article.id;
        // Blocks the article already has were checked when they were written: a related article
        // deleted since, or an embed host no longer allowed, must not block other edits.
        java.util.Set<Block> unchanged = new HashSet<>(article.body == null ? List.of() : article.body);
        BodyRules.check(body, unchanged, config.embedHosts(), "body", errors);
        List<Block> resolved = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (unchanged.contains(block)) {
                resolved.add(block);
            } else if (block == null) {
                resolved.add(null); // Bean Validation has reported it
            } else if (block instanceof Block.Image image) {
                if (image.mediaId() != null) {
                    mediaOfKind(image.mediaId(), MediaKind.IMAGE, "body[" + i + "].mediaId", errors);
                }
                resolved.add(
                        new Block.Image(image.mediaId(), Texts.orNull(image.caption()), Texts.orNull(image.credit())));
            } else if (block instanceof Block.Related related && related.article() != null) {
                UUID target = relatedTarget(related.article().trim());
                if (target == null) {
                    errors.add(new FieldError(
                            "body[" + i + "].article", "There is no article '" + related.article() + "'"));
                } else if (target.equals(self)) {
                    errors.add(new FieldError("body[" + i + "].article", "An article cannot be related to itself"));
                }
                resolved.add(new Block.Related(target == null ? related.article() : target.toString()));
            } else if (block instanceof Block.Paragraph p) {
                resolved.add(new Block.Paragraph(p.text(), p.marks() == null ? List.of() : p.marks()));
            } else if (block instanceof Block.ListBlock l) {
                resolved.add(new Block.ListBlock(l.items(), Boolean.TRUE.equals(l.ordered())));
            } else {
                resolved.add(block);
            }
        }
        return resolved;
    }

    private UUID relatedTarget(String reference) {
        try {
            UUID id = UUID.fromString(reference);
            return articles.findByIdOptional(id).map(a -> a.id).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return articles.findBySlug(reference).map(a -> a.id).orElse(null);
        }
    }

    private UUID mediaOfKind(UUID id, MediaKind kind, String field, List<FieldError> errors) {
        MediaKind actual = collect(errors, () -> media.requireKind(id, field), null);
        if (actual != null && actual != kind) {
            errors.add(new FieldError(field, "Must be a media item of kind " + kind.value()));
        }
        return id;
    }

    private String chooseSlug(String wanted, String headline, Article article) {
        if (wanted != null) {
            Slugs.requireNotReserved(wanted, "slug");
            if (!wanted.equals(article.slug) && takenByOther(wanted, article.id)) {
                String free = freeSlug(wanted, article.id);
                throw new ProblemException.Conflict(
                        "The slug '" + wanted + "' is taken; '" + free + "' is free.",
                        List.of(new FieldError("slug", "Is taken; try " + free)));
            }
            redirects.forgetOwn(wanted, article.id);
            return wanted;
        }
        if (article.slug != null) {
            return article.slug; // a slug once given stays unless changed on purpose
        }
        return freeSlug(Slugger.fromHeadline(headline), article.id);
    }

    private boolean takenByOther(String slug, UUID self) {
        return Slugs.RESERVED.contains(slug)
                || articles.findBySlug(slug)
                        .filter(other -> !other.id.equals(self))
                        .isPresent()
                // An old slug still answers 301 for the article that had it.
                || redirects
                        .articleFor(slug)
                        .filter(owner -> !owner.equals(self))
                        .isPresent();
    }

    private String freeSlug(String base, UUID self) {
        if (!takenByOther(base, self)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!takenByOther(candidate, self)) {
                return candidate;
            }
        }
    }

    /** 422 with every piece an article lacks before it may be public. */
    private void requireComplete(Article article) {
        List<FieldError> missing = new ArrayList<>();
        if (article.headline == null || article.headline.isBlank()) {
            missing.add(new FieldError("headline", "A headline is needed to publish"));
        }
        if (article.authorIds.isEmpty()) {
            missing.add(new FieldError("authors", "At least one author is needed to publish"));
        }
        if (article.sectionId == null) {
            missing.add(new FieldError("section", "A section is needed to publish"));
        }
        if (article.body.isEmpty() || article.bodyText.isBlank()) {
            missing.add(new FieldError("body", "A body with some text is needed to publish"));
        }
        List<UUID> images = new ArrayList<>();
        if (article.leadImageId != null) images.add(article.leadImageId);
        article.body.stream()
                .filter(b -> b instanceof Block.Image)
                .forEach(b -> images.add(((Block.Image) b).mediaId()));
        Map<UUID, com.newsdesk.media.MediaView> views = media.views(images);
        if (article.leadImageId != null && blank(views.get(article.leadImageId))) {
            missing.add(new FieldError("leadImage", "The lead image needs alt text before publishing"));
        }
        for (int i = 0; i < article.body.size(); i++) {
            if (article.body.get(i) instanceof Block.Image image && blank(views.get(image.mediaId()))) {
                missing.add(new FieldError("body[" + i + "].mediaId", "This image needs alt text before publishing"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "The article is not ready to publish: " + missing.size() + " thing(s) missing.",
                    missing,
                    Map.of());
        }
    }

    private static boolean blank(com.newsdesk.media.MediaView view) {
        return view == null || view.alt() == null || view.alt().isBlank();
    }

    private static NewArticle asInput(ArticleAdminView view) {
        return new NewArticle(
                view.headline(),
                view.slug(),
                view.standfirst(),
                view.excerpt(),
                view.body(),
                view.authors().stream().map(ArticleViews.Byline::slug).toList(),
                view.section() == null ? null : view.section().slug(),
                view.tags().stream().map(ArticleViews.TagRef::slug).toList(),
                view.leadImage() == null
                        ? null
                        : new ArticleInputs.LeadImage(
                                UUID.fromString(view.leadImage().mediaId()),
                                view.leadImage().caption(),
                                view.leadImage().credit()),
                view.audio() == null
                        ? null
                        : new ArticleInputs.Audio(
                                UUID.fromString(view.audio().mediaId()),
                                view.audio().aiAssisted(),
                                view.audio().disclosure()),
                view.language(),
                view.metaTitle(),
                view.metaDescription(),
                view.canonicalUrl());
    }

    private static <T> T collect(List<FieldError> errors, Supplier<T> lookup, T fallback) {
        try {
            return lookup.get();
        } catch (ProblemException.InvalidInput invalid) {
            errors.addAll(invalid.errors());
            return fallback;
        }
    }

    private static void requireDistinct(List<UUID> ids, String field, List<FieldError> errors) {
        if (new HashSet<>(ids).size() != ids.size()) {
            errors.add(new FieldError(field, "Must not name the same one twice"));
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
