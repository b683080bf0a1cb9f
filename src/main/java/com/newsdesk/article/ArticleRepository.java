package com.newsdesk.article;

import com.newsdesk.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /**
     * The public condition: published, or scheduled and due. Matches the partial indexes. The native
     * SQL form is {@link ArticleFilter#publicSql}.
     */
    static final String PUBLIC = "status in ('published', 'scheduled') and publishedAt <= :now";

    /** The article, or a 404 problem. */
    public Article require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("There is no article " + id + "."));
    }

    public Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Article> findPublicBySlug(String slug, Instant now) {
        return find("slug = :slug and " + PUBLIC, Parameters.with("slug", slug).and("now", now))
                .firstResultOptional();
    }

    /** A killed article that readers saw, by its id. */
    public Optional<Article> findKilledById(UUID id) {
        return find("id = ?1 and status = ?2 and firstPublishedAt is not null", id, ArticleStatus.KILLED)
                .firstResultOptional();
    }

    public Optional<Article> findPublicById(UUID id, Instant now) {
        return find("id = :id and " + PUBLIC, Parameters.with("id", id).and("now", now))
                .firstResultOptional();
    }

    public List<Article> findPublicByIds(Collection<UUID> ids, Instant now) {
        return ids.isEmpty()
                ? List.of()
                : list("id in :ids and " + PUBLIC, Parameters.with("ids", ids).and("now", now));
    }

    /** Staff list: filters, newest change first, by page number. */
    public List<Article> adminPage(AdminFilter filter, int page, int limit) {
        return adminQuery(filter).page(page - 1, limit).list();
    }

    public long adminCount(AdminFilter filter) {
        return adminQuery(filter).count();
    }

    public record AdminFilter(ArticleStatus status, UUID authorId, UUID sectionId, String text, UUID createdBy) {}

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Article> adminQuery(AdminFilter filter) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.authorId() != null) {
            where.add(":author member of authorIds");
            parameters.and("author", filter.authorId());
        }
        if (filter.sectionId() != null) {
            where.add("sectionId = :section");
            parameters.and("section", filter.sectionId());
        }
        if (filter.text() != null) {
            where.add("lower(headline) like :text escape '!'");
            parameters.and("text", "%" + likeLiteral(filter.text().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (filter.createdBy() != null) {
            where.add("createdBy = :createdBy");
            parameters.and("createdBy", filter.createdBy());
        }
        Sort order = Sort.descending("updatedAt", "id");
        return where.isEmpty() ? findAll(order) : find(String.join(" and ", where), order, parameters);
    }

    /** The text as a LIKE pattern (with escape character '!') that matches only itself. */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public long countPublicUsing(String column, UUID id, Instant now) {
        return count(column + " = :id and " + PUBLIC, Parameters.with("id", id).and("now", now));
    }

    public long countUsing(String column, UUID id) {
        return count(column, id);
    }

    public long countWithAuthor(UUID authorId) {
        return count(":author member of authorIds", Parameters.with("author", authorId));
    }

    public long countWithTag(UUID tagId) {
        return count(":tag member of tagIds", Parameters.with("tag", tagId));
    }
}
