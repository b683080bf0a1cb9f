package com.newsdesk.article;

import com.newsdesk.common.Slugs;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * An article's slug: the one the editor asked for, or one made from the headline. A slug is free
 * when no other article has it now or had it (an old slug still answers 301 for its article).
 */
@ApplicationScoped
class SlugAllocator {

    private final ArticleRepository articles;
    private final SlugRedirects redirects;

    SlugAllocator(ArticleRepository articles, SlugRedirects redirects) {
        this.articles = articles;
        this.redirects = redirects;
    }

    /** 409 with a free suggestion when the wanted slug belongs to another article. */
    String choose(String wanted, String headline, Article article) {
        if (wanted != null) {
            Slugs.requireNotReserved(wanted, "slug");
            if (!wanted.equals(article.slug) && takenByOther(wanted, article.id)) {
                String free = free(wanted, article.id);
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
        return free(Slugger.fromHeadline(headline), article.id);
    }

    private boolean takenByOther(String slug, UUID self) {
        return Slugs.RESERVED.contains(slug)
                || articles.findBySlug(slug)
                        .filter(other -> !other.id.equals(self))
                        .isPresent()
                || redirects
                        .articleFor(slug)
                        .filter(owner -> !owner.equals(self))
                        .isPresent();
    }

    private String free(String base, UUID self) {
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
}
