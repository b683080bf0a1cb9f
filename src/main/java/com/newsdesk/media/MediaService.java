package com.newsdesk.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.Texts;
import com.newsdesk.common.Usages;
import com.newsdesk.common.db.AfterCommit;
import com.newsdesk.common.http.Preconditions;
import com.newsdesk.common.json.MergePatch;
import com.newsdesk.common.paging.NumberedPage;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.media.MediaInputs.MediaChanges;
import com.newsdesk.media.MediaInputs.NewMedia;
import com.newsdesk.media.store.MediaStore;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Media items: images and audio, uploaded ({@link MediaUploads}) or referenced by URL, with their
 * caption, credit, alt text and focal point.
 */
@ApplicationScoped
public class MediaService {

    private final MediaRepository media;
    private final Preconditions preconditions;
    private final Usages usages;
    private final MergePatch merges;
    private final MediaViews views;
    private final MediaStore store;
    private final RenditionClaims claims;
    private final MediaRenditions renditions;
    private final AfterCommit afterCommit;

    MediaService(
            MediaRepository media,
            Preconditions preconditions,
            Usages usages,
            MergePatch merges,
            MediaViews views,
            MediaStore store,
            RenditionClaims claims,
            MediaRenditions renditions,
            AfterCommit afterCommit) {
        this.media = media;
        this.preconditions = preconditions;
        this.usages = usages;
        this.merges = merges;
        this.views = views;
        this.store = store;
        this.claims = claims;
        this.renditions = renditions;
        this.afterCommit = afterCommit;
    }

    /** What readers see of an item. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaView get(UUID id) {
        return views.publicView(find(id));
    }

    /** What staff see of an item: the public view and the original's URL. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaView staffGet(UUID id) {
        return views.staffView(find(id));
    }

    /** Where an uploaded item's original is kept, and its MIME type; 404 for media by URL. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Original original(UUID id) {
        Media item = find(id);
        if (!item.uploaded()) {
            throw new ProblemException.NotFound("Media item " + id + " was not uploaded; its file is at its URL.");
        }
        return new Original(item.originalKey, item.mimeType, item.sha256);
    }

    public record Original(String key, String mimeType, String sha256) {}

    /** Views of many items in one query, by id; ids that do not exist are left out. */
    @Transactional
    public Map<UUID, MediaView> views(Collection<UUID> ids) {
        return media.findByIds(ids).stream().collect(Collectors.toMap(m -> m.id, views::publicView, (a, b) -> a));
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
                .map(views::staffView)
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
        MediaRules.checkConsistent(item);
        media.persist(item);
        media.flush();
        return views.staffView(item);
    }

    @Transactional
    public MediaView patch(UUID id, String ifMatch, JsonNode patch) {
        Media item = find(id);
        preconditions.requireMatch(ifMatch, views.staffView(item));
        if (item.uploaded()) {
            MediaRules.refuseFileFields(patch);
        }
        MediaChanges current = new MediaChanges(
                item.url,
                item.mimeType,
                item.width,
                item.height,
                item.durationSeconds,
                item.alt,
                item.caption,
                item.credit,
                item.source,
                item.copyright,
                new MediaInputs.Focus(item.focalX, item.focalY));
        MediaChanges changed = item.uploaded()
                ? merges.mergeValid(current, patch, MediaChanges.class, "mimeType", "focalPoint")
                : merges.mergeValid(current, patch, MediaChanges.class, "url", "mimeType", "focalPoint");
        item.url = changed.url();
        item.mimeType = changed.mimeType();
        item.width = changed.width();
        item.height = changed.height();
        item.durationSeconds = changed.durationSeconds();
        item.alt = Texts.orNull(changed.alt());
        item.caption = Texts.orNull(changed.caption());
        item.credit = Texts.orNull(changed.credit());
        item.source = Texts.orNull(changed.source());
        item.copyright = Texts.orNull(changed.copyright());
        boolean refocused =
                changed.focalPoint().x() != item.focalX || changed.focalPoint().y() != item.focalY;
        item.focalX = changed.focalPoint().x().floatValue();
        item.focalY = changed.focalPoint().y().floatValue();
        MediaRules.checkConsistent(item);
        media.flush();
        if (refocused && item.uploaded() && item.kind == MediaKind.IMAGE) {
            // The crops centre on the focal point: make them again.
            claims.requestAgain(item.id);
            afterCommit.run(renditions::wake);
            media.getEntityManager().refresh(item);
        }
        return views.staffView(item);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Media item = find(id);
        preconditions.requireMatch(ifMatch, views.staffView(item));
        usages.requireUnused("media", id, "This media item");
        List<String> keys = new ArrayList<>();
        if (item.uploaded()) {
            keys.add(item.originalKey);
            item.renditions.forEach(r -> keys.add(MediaKeys.rendition(item.sha256, r.name())));
        }
        media.delete(item);
        if (!keys.isEmpty()) {
            afterCommit.run(() -> {
                try {
                    store.delete(keys);
                } catch (IOException e) {
                    Log.warnf("Media %s is deleted, but %d of its files could not be removed: %s", id, keys.size(), e);
                }
            });
        }
    }

    /** Makes the renditions of one uploaded image again (202: they are made later). */
    @Transactional
    public MediaView renderAgain(UUID id) {
        Media item = find(id);
        if (!item.uploaded() || item.kind != MediaKind.IMAGE) {
            throw new ProblemException(
                    com.newsdesk.common.problem.ProblemType.UNPROCESSABLE,
                    "Media item " + id + " is no uploaded image; it has no renditions to make.");
        }
        claims.requestAgain(id);
        afterCommit.run(renditions::wake);
        media.getEntityManager().refresh(item);
        return views.staffView(item);
    }

    /** Makes the renditions of every uploaded image again; how many. */
    @Transactional
    public int renderAllAgain() {
        int count = claims.requestAllAgain();
        afterCommit.run(renditions::wake);
        return count;
    }

    private Media find(UUID id) {
        return media.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("There is no media item " + id + "."));
    }
}
