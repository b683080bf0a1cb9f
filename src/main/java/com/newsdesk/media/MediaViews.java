package com.newsdesk.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsdesk.common.http.ApiConfig;
import com.newsdesk.media.MediaView.CropView;
import com.newsdesk.media.MediaView.FocalPoint;
import com.newsdesk.media.MediaView.RenditionView;
import com.newsdesk.media.MediaView.Srcset;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Media items as views, with absolute URLs on {@code newsdesk.api.public-url}: from the entity,
 * and from the JSON row other features read with their own statements ({@link #ROW_JSON}).
 */
@ApplicationScoped
public class MediaViews {

    /** Public path of a stored file: {@code /api/v1/media/files/<folder>/<name>}. */
    public static final String FILES_PATH = "/api/v1/media/files/";

    /** A media row {@code m} as JSON text, for {@link #ofRow}: what the public view needs, nothing more. */
    public static final String ROW_JSON = "CAST(json_build_object('id', m.id, 'kind', m.kind, 'url', m.url,"
            + " 'mimeType', m.mime_type, 'width', m.width, 'height', m.height,"
            + " 'durationSeconds', m.duration_seconds, 'alt', m.alt, 'caption', m.caption, 'credit', m.credit,"
            + " 'source', m.source, 'copyright', m.copyright, 'sha256', m.sha256, 'originalKey', m.original_key,"
            + " 'bytes', m.bytes, 'bitrateKbps', m.bitrate_kbps, 'status', m.rendition_status,"
            + " 'focalX', m.focal_x, 'focalY', m.focal_y, 'renditions', m.renditions,"
            + " 'placeholder', m.placeholder, 'dominantColor', m.dominant_color) AS text)";

    private final String base;

    MediaViews(ApiConfig api) {
        this.base = api.publicUrl();
    }

    /** What readers see. */
    public MediaView publicView(Media m) {
        return view(m, false);
    }

    /** What staff see: the public view and the original's URL. */
    public MediaView staffView(Media m) {
        return view(m, true);
    }

    private MediaView view(Media m, boolean staff) {
        String original = staff && m.uploaded() ? base + "/api/v1/admin/media/" + m.id + "/original" : null;
        return build(
                m.id.toString(),
                m.kind,
                m.url,
                m.mimeType,
                m.width,
                m.height,
                m.durationSeconds,
                new String[] {m.alt, m.caption, m.credit, m.source, m.copyright},
                m.sha256,
                m.originalKey,
                m.bytes,
                m.bitrateKbps,
                m.renditionStatus,
                new FocalPoint(m.focalX, m.focalY),
                m.renditions,
                m.placeholder,
                m.dominantColor,
                original);
    }

    /** The public view from a row written by {@link #ROW_JSON}. */
    public MediaView ofRow(JsonNode doc, List<Rendition> renditions) {
        String status = text(doc, "status");
        return build(
                text(doc, "id"),
                MediaKind.of(text(doc, "kind")),
                text(doc, "url"),
                text(doc, "mimeType"),
                number(doc, "width"),
                number(doc, "height"),
                number(doc, "durationSeconds"),
                new String[] {
                    text(doc, "alt"),
                    text(doc, "caption"),
                    text(doc, "credit"),
                    text(doc, "source"),
                    text(doc, "copyright")
                },
                text(doc, "sha256"),
                text(doc, "originalKey"),
                doc.hasNonNull("bytes") ? doc.get("bytes").asLong() : null,
                number(doc, "bitrateKbps"),
                status == null ? null : RenditionStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT)),
                new FocalPoint(
                        doc.path("focalX").asDouble(0.5), doc.path("focalY").asDouble(0.5)),
                renditions,
                text(doc, "placeholder"),
                text(doc, "dominantColor"),
                null);
    }

    private MediaView build(
            String id,
            MediaKind kind,
            String url,
            String mimeType,
            Integer width,
            Integer height,
            Integer duration,
            String[] texts,
            String sha256,
            String originalKey,
            Long bytes,
            Integer bitrate,
            RenditionStatus status,
            FocalPoint focal,
            List<Rendition> stored,
            String placeholder,
            String color,
            String originalUrl) {
        List<RenditionView> ladder = new ArrayList<>();
        List<CropView> crops = new ArrayList<>();
        boolean ready = status == RenditionStatus.READY;
        if (ready && sha256 != null && stored != null) {
            String folder = base + FILES_PATH + MediaKeys.folder(sha256) + "/";
            for (Rendition r : stored) {
                if (r.ratio() == null) {
                    ladder.add(new RenditionView(folder + r.name(), r.width(), r.height(), r.format(), r.bytes()));
                } else {
                    crops.add(new CropView(r.ratio(), folder + r.name(), r.width(), r.height(), r.format(), r.bytes()));
                }
            }
            ladder.sort(Comparator.comparingInt(RenditionView::width).thenComparing(RenditionView::format));
        }
        String publicUrl = url;
        if (originalKey != null) {
            publicUrl = kind == MediaKind.AUDIO
                    ? base + FILES_PATH + originalKey.substring(MediaKeys.PUBLIC.length())
                    : ladder.stream()
                            .filter(r -> r.format().equals("jpeg"))
                            .reduce((a, b) -> b)
                            .map(RenditionView::url)
                            .orElse(null);
        }
        Srcset srcset = ladder.isEmpty() ? null : new Srcset(srcset(ladder, "jpeg"), srcset(ladder, "webp"));
        return new MediaView(
                id,
                kind,
                publicUrl,
                mimeType,
                width,
                height,
                duration,
                texts[0],
                texts[1],
                texts[2],
                texts[3],
                texts[4],
                bytes,
                bitrate,
                status,
                focal,
                ladder,
                crops,
                srcset,
                ready ? placeholder : null,
                ready ? color : null,
                originalUrl);
    }

    private static String srcset(List<RenditionView> ladder, String format) {
        return ladder.stream()
                .filter(r -> r.format().equals(format))
                .map(r -> r.url() + " " + r.width() + "w")
                .collect(Collectors.joining(", "));
    }

    private static String text(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer number(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
