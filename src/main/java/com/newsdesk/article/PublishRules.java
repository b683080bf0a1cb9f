package com.newsdesk.article;

import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.media.MediaService;
import com.newsdesk.media.MediaView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What an article needs before it may be public, or stay public after an edit. */
@ApplicationScoped
class PublishRules {

    private final MediaService media;

    PublishRules(MediaService media) {
        this.media = media;
    }

    /** 422 with every piece the article lacks, all at once. */
    void requireComplete(Article article) {
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
        requireAltText(article, missing);
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "The article is not ready to publish: " + missing.size() + " thing(s) missing.",
                    missing,
                    Map.of());
        }
    }

    /** Readers who cannot see a picture are told what it shows: every image has alt text. */
    private void requireAltText(Article article, List<FieldError> missing) {
        List<UUID> images = new ArrayList<>();
        if (article.leadImageId != null) {
            images.add(article.leadImageId);
        }
        article.body.stream()
                .filter(b -> b instanceof Block.Image)
                .forEach(b -> images.add(((Block.Image) b).mediaId()));
        Map<UUID, MediaView> views = media.views(images);
        if (article.leadImageId != null && blank(views.get(article.leadImageId))) {
            missing.add(new FieldError("leadImage", "The lead image needs alt text before publishing"));
        }
        for (int i = 0; i < article.body.size(); i++) {
            if (article.body.get(i) instanceof Block.Image image && blank(views.get(image.mediaId()))) {
                missing.add(new FieldError("body[" + i + "].mediaId", "This image needs alt text before publishing"));
            }
        }
    }

    private static boolean blank(MediaView view) {
        return view == null || view.alt() == null || view.alt().isBlank();
    }
}
