package com.newsdesk.article;

import com.newsdesk.common.Texts;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.media.MediaKind;
import com.newsdesk.media.MediaService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a body an editor sent and stores it in one shape: related blocks by article id, image
 * blocks with their media checked, blank texts as null. Errors are collected, not thrown, so an
 * editor sees every problem of a write at once.
 */
@ApplicationScoped
class BodyResolver {

    private final ArticleRepository articles;
    private final MediaService media;
    private final ArticleConfig config;

    BodyResolver(ArticleRepository articles, MediaService media, ArticleConfig config) {
        this.articles = articles;
        this.media = media;
        this.config = config;
    }

    List<Block> resolve(List<Block> body, Article article, List<FieldError> errors) {
        // Blocks the article already has were checked when they were written: a related article
        // deleted since, or an embed host no longer allowed, must not block other edits.
        Set<Block> unchanged = new HashSet<>(article.body == null ? List.of() : article.body);
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
                resolved.add(related(related, i, article.id, errors));
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

    /** Checks that a media item exists and is of the kind; the id itself is kept either way. */
    UUID mediaOfKind(UUID id, MediaKind kind, String field, List<FieldError> errors) {
        try {
            MediaKind actual = media.requireKind(id, field);
            if (actual != null && actual != kind) {
                errors.add(new FieldError(field, "Must be a media item of kind " + kind.value()));
            }
        } catch (ProblemException.InvalidInput invalid) {
            errors.addAll(invalid.errors());
        }
        return id;
    }

    private Block.Related related(Block.Related related, int index, UUID self, List<FieldError> errors) {
        UUID target = target(related.article().trim());
        String field = "body[" + index + "].article";
        if (target == null) {
            errors.add(new FieldError(field, "There is no article '" + related.article() + "'"));
        } else if (target.equals(self)) {
            errors.add(new FieldError(field, "An article cannot be related to itself"));
        }
        return new Block.Related(target == null ? related.article() : target.toString());
    }

    private UUID target(String reference) {
        try {
            UUID id = UUID.fromString(reference);
            return articles.findByIdOptional(id).map(a -> a.id).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return articles.findBySlug(reference).map(a -> a.id).orElse(null);
        }
    }
}
