package com.newsdesk.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.Texts;
import com.newsdesk.common.Usages;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.media.MediaInputs.MediaChanges;
import com.newsdesk.media.MediaInputs.NewMedia;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Media items: images and audio referenced by URL, with their caption, credit and alt text. */
@ApplicationScoped
public class MediaService {

    private final MediaRepository media;
    private final Preconditions preconditions;
    private final Usages usages;
    private final MergePatch merges;

    MediaService(MediaRepository media, Preconditions preconditions, Usages usages, MergePatch merges) {
        this.media = media;
        this.preconditions = preconditions;
        this.usages = usages;
        this.merges = merges;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaView get(UUID id) {
        return MediaView.of(find(id));
    }

    /** Views of many items in one query, by id; ids that do not exist are left out. */
    @Transactional
    public Map<UUID, MediaView> views(Collection<UUID> ids) {
        return media.findByIds(ids).stream().collect(Collectors.toMap(m -> m.id, MediaView::of, (a, b) -> a));
    }

    /** The kind of an item, or a 400 on {@code field} when there is no such item. */
    @Transactional
    public MediaKind requireKind(UUID id, String field) {
        return media.findByIdOptional(id)
                .map(item -> item.kind)
                .orElseThrow(() -> new ProblemException.InvalidInput(field, "There is no media item " + id));
    }

    @Transactional
    public NumberedPage<MediaView> list(int page, int limit, MediaKind kind) {
        List<MediaView> data = media.pageNewestFirst(page, limit, kind).stream()
                .map(MediaView::of)
                .toList();
        return new NumberedPage<>(data, new NumberedPage.PageMeta(page, limit, media.countOf(kind)));
    }

    @Transactional
    public MediaView create(NewMedia input) {
        Media item = new Media();
        item.kind = input.kind();
        item.url = input.url();
        item.mimeType = input.mimeType();
        item.width = input.width();
        item.height = input.height();
        item.durationSeconds = input.durationSeconds();
        item.alt = Texts.orNull(input.alt());
        item.caption = Texts.orNull(input.caption());
        item.credit = Texts.orNull(input.credit());
        item.source = Texts.orNull(input.source());
        checkConsistent(item);
        media.persist(item);
        media.flush();
        return MediaView.of(item);
    }

    @Transactional
    public MediaView patch(UUID id, String ifMatch, JsonNode patch) {
        Media item = find(id);
        preconditions.requireMatch(ifMatch, MediaView.of(item));
        MediaChanges current = new MediaChanges(
                item.url,
                item.mimeType,
                item.width,
                item.height,
                item.durationSeconds,
                item.alt,
                item.caption,
                item.credit,
                item.source);
        MediaChanges changed = merges.mergeValid(current, patch, MediaChanges.class, "url", "mimeType");
        item.url = changed.url();
        item.mimeType = changed.mimeType();
        item.width = changed.width();
        item.height = changed.height();
        item.durationSeconds = changed.durationSeconds();
        item.alt = Texts.orNull(changed.alt());
        item.caption = Texts.orNull(changed.caption());
        item.credit = Texts.orNull(changed.credit());
        item.source = Texts.orNull(changed.source());
        checkConsistent(item);
        media.flush();
        return MediaView.of(item);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Media item = find(id);
        preconditions.requireMatch(ifMatch, MediaView.of(item));
        usages.requireUnused("media", id, "This media item");
        media.delete(item);
    }

    private Media find(UUID id) {
        return media.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no media item " + id + "."));
    }

    /** Rules across fields: sizes belong to images, durations to audio, the MIME type to the kind. */
    private static void checkConsistent(Media item) {
        List<FieldError> errors = new ArrayList<>();
        if (!item.mimeType.startsWith(item.kind.value() + "/")) {
            errors.add(new FieldError(
                    "mimeType", "Must be an " + item.kind.value() + "/... type for a " + item.kind.value()));
        }
        if (item.kind == MediaKind.IMAGE) {
            if (item.durationSeconds != null) {
                errors.add(new FieldError("durationSeconds", "Only audio has a duration"));
            }
            if ((item.width == null) != (item.height == null)) {
                errors.add(new FieldError(
                        item.width == null ? "width" : "height", "Give both width and height, or neither"));
            }
        } else {
            if (item.width != null) errors.add(new FieldError("width", "Only images have a width"));
            if (item.height != null) errors.add(new FieldError("height", "Only images have a height"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidInput(errors);
        }
    }
}
