package com.newsdesk.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.article.ArticleParts.Byline;
import com.newsdesk.article.Block;
import com.newsdesk.article.EntryBodies;
import com.newsdesk.common.db.SqlValues;
import com.newsdesk.live.LiveViews.EntryView;
import com.newsdesk.media.MediaViews;
import com.newsdesk.media.Rendition;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Entries as rows of one SQL statement, with their bylines and media in it: whatever the number of
 * entries, a read costs one statement.
 */
@ApplicationScoped
class LiveRows {

    /** Every column an entry's view needs, its place in the change order, and whether that place is settled. */
    static final String COLUMNS = "SELECT e.id, e.headline, CAST(e.body AS text) AS body, e.key_event, e.pinned,"
            + " e.created_at, e.updated_at, e.deleted_at, e.version, CAST(e.tx AS text) AS tx,"
            + " e.tx < pg_snapshot_xmin(pg_current_snapshot()) AS settled,"
            + " (SELECT CAST(json_agg(json_build_object('slug', au.slug, 'name', au.name, 'title', au.title)"
            + " ORDER BY x.ord) AS text) FROM unnest(e.author_ids) WITH ORDINALITY AS x(aid, ord)"
            + " JOIN author au ON au.id = x.aid) AS authors,"
            + " (SELECT " + MediaViews.ROW_JSON + " FROM media m WHERE m.id = e.media_id) AS media"
            + " FROM live_entry e";

    /** An entry as read: its view (null when deleted), and where it is in the change order. */
    record Row(EntryView view, UUID id, Instant deletedAt, long version, LiveCursor cursor, boolean settled) {

        boolean deleted() {
            return deletedAt != null;
        }

        /** What a stream calls this change. */
        String event() {
            return deleted() ? "entry.deleted" : version == 0 ? "entry.created" : "entry.updated";
        }
    }

    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {};
    private static final TypeReference<List<Byline>> BYLINES = new TypeReference<>() {};
    private static final TypeReference<List<Rendition>> RENDITIONS = new TypeReference<>() {};

    private final ObjectMapper json;
    private final EntryBodies bodies;
    private final MediaViews media;

    LiveRows(ObjectMapper json, EntryBodies bodies, MediaViews media) {
        this.json = json;
        this.bodies = bodies;
        this.media = media;
    }

    Row row(Object[] row) {
        UUID id = (UUID) row[0];
        Instant deletedAt = SqlValues.instant(row[7]);
        LiveCursor cursor = LiveCursor.of((String) row[9], id);
        long version = ((Number) row[8]).longValue();
        if (deletedAt != null) {
            return new Row(null, id, deletedAt, version, cursor, (Boolean) row[10]);
        }
        try {
            List<Block> body = json.readValue((String) row[2], BLOCKS);
            List<Byline> authors = row[11] == null ? List.of() : json.readValue((String) row[11], BYLINES);
            EntryView view = new EntryView(
                    id.toString(),
                    (String) row[1],
                    bodies.view(body),
                    row[12] == null ? null : mediaView((String) row[12]),
                    (Boolean) row[3],
                    (Boolean) row[4],
                    authors,
                    SqlValues.instant(row[5]),
                    SqlValues.instant(row[6]));
            return new Row(view, id, null, version, cursor, (Boolean) row[10]);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable live entry " + id, e);
        }
    }

    private com.newsdesk.media.MediaView mediaView(String text) throws JsonProcessingException {
        JsonNode doc = json.readTree(text);
        JsonNode renditions = doc.get("renditions");
        return media.ofRow(
                doc, renditions == null || renditions.isNull() ? List.of() : json.convertValue(renditions, RENDITIONS));
    }
}
