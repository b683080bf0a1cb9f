package com.newsdesk.author;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.author.AuthorInputs.NewAuthor;
import com.newsdesk.author.AuthorViews.AuthorAdminView;
import com.newsdesk.author.AuthorViews.AuthorView;
import com.newsdesk.common.Slugs;
import com.newsdesk.common.Texts;
import com.newsdesk.common.Usages;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.paging.CursorPage;
import com.newsdesk.common.paging.Cursors;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.media.MediaKind;
import com.newsdesk.media.MediaService;
import com.newsdesk.media.MediaView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Authors: public reads in name order, staff management, and byline lookups for articles. */
@ApplicationScoped
public class AuthorService {

    private static final String CURSOR_KIND = "author";

    private final AuthorRepository authors;
    private final MediaService media;
    private final Preconditions preconditions;
    private final Usages usages;
    private final MergePatch merges;

    AuthorService(
            AuthorRepository authors,
            MediaService media,
            Preconditions preconditions,
            Usages usages,
            MergePatch merges) {
        this.authors = authors;
        this.media = media;
        this.preconditions = preconditions;
        this.usages = usages;
        this.merges = merges;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<AuthorView> list(String cursor, int limit) {
        Cursors.NamePosition after = Cursors.namePosition(cursor, CURSOR_KIND);
        String afterName = after == null ? null : after.name();
        UUID afterId = after == null ? null : after.id();
        List<Author> rows = authors.pageByName(afterName, afterId, limit + 1);
        Map<UUID, MediaView> avatars = media.views(
                rows.stream().map(a -> a.avatarId).filter(Objects::nonNull).toList());
        return CursorPage.of(
                rows,
                limit,
                author -> AuthorView.of(author, avatars.get(author.avatarId)),
                last -> Cursors.encode(CURSOR_KIND, last.name, last.id.toString()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuthorView getBySlug(String slug) {
        Author author = authors.findBySlug(slug)
                .orElseThrow(() -> new ProblemException.NotFound("There is no author '" + slug + "'."));
        return AuthorView.of(
                author,
                author.avatarId == null
                        ? null
                        : media.views(List.of(author.avatarId)).get(author.avatarId));
    }

    /** Full views of many authors (avatars included) in two queries, by id. */
    @Transactional
    public Map<UUID, AuthorView> views(Collection<UUID> ids) {
        List<Author> rows = authors.findByIds(ids);
        Map<UUID, MediaView> avatars = media.views(
                rows.stream().map(a -> a.avatarId).filter(Objects::nonNull).toList());
        return rows.stream().collect(Collectors.toMap(a -> a.id, a -> AuthorView.of(a, avatars.get(a.avatarId))));
    }

    /** Ids of authors by slug, in the order given; a 400 on {@code field} names unknown slugs. */
    @Transactional
    public List<UUID> idsOf(List<String> slugs, String field) {
        Map<String, UUID> known = authors.findBySlugs(slugs).stream().collect(Collectors.toMap(a -> a.slug, a -> a.id));
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            if (!known.containsKey(slugs.get(i))) {
                unknown.add(new FieldError(field + "[" + i + "]", "There is no author '" + slugs.get(i) + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException.InvalidInput(unknown);
        }
        return slugs.stream().map(known::get).toList();
    }

    /** The id of an author by slug, or a 404 for a public path. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID publicIdOf(String slug) {
        return authors.findBySlug(slug)
                .map(found -> found.id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no author '" + slug + "'."));
    }

    @Transactional
    public NumberedPage<AuthorAdminView> adminList(int page, int limit) {
        List<AuthorAdminView> data = authors.pageByNumber(page, limit).stream()
                .map(AuthorAdminView::of)
                .toList();
        return new NumberedPage<>(data, new NumberedPage.PageMeta(page, limit, authors.count()));
    }

    @Transactional
    public AuthorAdminView adminGet(UUID id) {
        return AuthorAdminView.of(find(id));
    }

    @Transactional
    public AuthorAdminView create(NewAuthor input) {
        Author author = new Author();
        author.slug = requireUsableSlug(input.slug(), null);
        author.name = input.name().trim();
        author.bio = Texts.orNull(input.bio());
        author.title = Texts.orNull(input.title());
        author.avatarId = requireImage(input.avatarId());
        author.socialLinks = input.socialLinks() == null ? new ArrayList<>() : new ArrayList<>(input.socialLinks());
        authors.persist(author);
        authors.flush();
        return AuthorAdminView.of(author);
    }

    @Transactional
    public AuthorAdminView patch(UUID id, String ifMatch, JsonNode patch) {
        Author author = find(id);
        preconditions.requireMatch(ifMatch, AuthorAdminView.of(author));
        NewAuthor current =
                new NewAuthor(author.slug, author.name, author.bio, author.title, author.avatarId, author.socialLinks);
        NewAuthor changed = merges.mergeValid(current, patch, NewAuthor.class, "slug", "name");
        if (!changed.slug().equals(author.slug)) {
            author.slug = requireUsableSlug(changed.slug(), author.id);
        }
        if (!Objects.equals(changed.avatarId(), author.avatarId)) {
            author.avatarId = requireImage(changed.avatarId());
        }
        author.name = changed.name().trim();
        author.bio = Texts.orNull(changed.bio());
        author.title = Texts.orNull(changed.title());
        author.socialLinks = changed.socialLinks() == null ? new ArrayList<>() : new ArrayList<>(changed.socialLinks());
        authors.flush();
        return AuthorAdminView.of(author);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Author author = find(id);
        preconditions.requireMatch(ifMatch, AuthorAdminView.of(author));
        usages.requireUnused("author", id, "This author");
        authors.delete(author);
    }

    private UUID requireImage(UUID avatarId) {
        if (avatarId != null && media.requireKind(avatarId, "avatarId") != MediaKind.IMAGE) {
            throw new ProblemException.InvalidInput("avatarId", "Must be a media item of kind image");
        }
        return avatarId;
    }

    private Author find(UUID id) {
        return authors.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no author " + id + "."));
    }

    private String requireUsableSlug(String slug, UUID self) {
        return Slugs.requireUsable(slug, authors.findBySlug(slug).map(found -> found.id), self, "author");
    }
}
