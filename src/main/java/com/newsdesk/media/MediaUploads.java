package com.newsdesk.media;

import com.newsdesk.common.Texts;
import com.newsdesk.common.http.ApiConfig;
import com.newsdesk.common.problem.Problem.FieldError;
import com.newsdesk.common.problem.ProblemException;
import com.newsdesk.common.problem.ProblemType;
import com.newsdesk.media.probe.Embedded;
import com.newsdesk.media.probe.EmbeddedMetadata;
import com.newsdesk.media.probe.MediaProbe;
import com.newsdesk.media.probe.Probe;
import com.newsdesk.media.probe.ProbeException;
import com.newsdesk.media.store.MediaStore;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Uploads: what the file is comes from its bytes alone (never its name or the client's
 * Content-Type); the limits are checked from its header before anything is decoded; the file is
 * stored, then its row written; a failure at any step leaves nothing behind. Renditions are made
 * later, off the request thread, by {@link MediaRenditions}.
 */
@ApplicationScoped
public class MediaUploads {

    /** What the editor typed beside the file; each, when given, wins over the file's own metadata. */
    public record Fields(String alt, String caption, String credit, String copyright, String source) {

        /** The limits of the JSON inputs ({@link MediaInputs}), as a 400 at each field over them. */
        public void check() {
            List<FieldError> errors = new java.util.ArrayList<>();
            limit(errors, "alt", alt, 500);
            limit(errors, "caption", caption, 2000);
            limit(errors, "credit", credit, 300);
            limit(errors, "copyright", copyright, 500);
            limit(errors, "source", source, 500);
            if (!errors.isEmpty()) {
                throw new ProblemException.InvalidInput(errors);
            }
        }

        private static void limit(List<FieldError> errors, String field, String value, int max) {
            if (value != null && value.length() > max) {
                errors.add(new FieldError(field, "At most " + max + " characters; this has " + value.length()));
            }
        }
    }

    private final MediaRepository media;
    private final MediaStore store;
    private final MediaConfig config;
    private final MediaViews views;
    private final MediaRenditions renditions;
    private final String base;

    MediaUploads(
            MediaRepository media,
            MediaStore store,
            MediaConfig config,
            MediaViews views,
            MediaRenditions renditions,
            ApiConfig api) {
        this.media = media;
        this.store = store;
        this.config = config;
        this.views = views;
        this.renditions = renditions;
        this.base = api.publicUrl();
    }

    public MediaView upload(Path file, Fields fields) throws IOException {
        long size = Files.size(file);
        Probe probe = probe(file);
        checkLimits(probe, size);
        String sha256 = sha256(file);
        refuseDuplicate(sha256);
        Embedded embedded = probe.format().isImage() ? EmbeddedMetadata.read(file) : Embedded.NONE;
        String key = MediaKeys.original(sha256, probe.format());
        try {
            store.put(key, file, probe.format().mimeType());
        } catch (IOException e) {
            cleanUp(key);
            throw new ProblemException(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The media store cannot take the file right now; try again.",
                    null,
                    Map.of("Retry-After", "30"));
        }
        Media item;
        try {
            item = QuarkusTransaction.requiringNew().call(() -> insert(probe, embedded, fields, sha256, key, size));
        } catch (RuntimeException e) {
            // The same bytes, uploaded at the same moment: the other upload owns the stored file.
            refuseDuplicate(sha256);
            cleanUp(key);
            throw e;
        }
        if (item.renditionStatus == RenditionStatus.PENDING) {
            renditions.wake();
        }
        return views.staffView(item);
    }

    private Media insert(Probe probe, Embedded embedded, Fields fields, String sha256, String key, long size) {
        Media item = new Media();
        boolean image = probe.format().isImage();
        item.kind = image ? MediaKind.IMAGE : MediaKind.AUDIO;
        item.mimeType = probe.format().mimeType();
        item.sha256 = sha256;
        item.originalKey = key;
        item.bytes = size;
        if (image) {
            boolean turned = embedded.orientation() >= 5;
            item.width = turned ? probe.height() : probe.width();
            item.height = turned ? probe.width() : probe.height();
            item.orientation = (short) embedded.orientation();
            item.renditionStatus = RenditionStatus.PENDING;
        } else {
            item.durationSeconds = probe.durationSeconds();
            item.bitrateKbps = probe.bitrateKbps();
            item.renditionStatus = RenditionStatus.READY;
        }
        item.alt = Texts.orNull(fields.alt());
        item.caption = first(fields.caption(), embedded.caption());
        item.credit = first(fields.credit(), embedded.credit());
        item.copyright = first(fields.copyright(), embedded.copyright());
        item.source = Texts.orNull(fields.source());
        media.persist(item);
        media.flush();
        return item;
    }

    private static String first(String editor, String file) {
        String given = Texts.orNull(editor);
        return given != null ? given : file;
    }

    private static Probe probe(Path file) throws IOException {
        try {
            return MediaProbe.probe(file);
        } catch (ProbeException e) {
            throw switch (e.reason()) {
                case UNSUPPORTED ->
                    new ProblemException(
                            ProblemType.UNSUPPORTED_MEDIA_TYPE,
                            e.getMessage() + ". Upload a JPEG, PNG or WebP image, or MP3, AAC/M4A or Ogg/Opus audio.");
                case MALFORMED -> new ProblemException.InvalidInput("file", e.getMessage());
                case METADATA_TOO_LARGE -> unprocessable(e.getMessage());
            };
        }
    }

    private void checkLimits(Probe probe, long size) {
        long limit = probe.format().isImage()
                ? config.maxImageBytes().asLongValue()
                : config.maxAudioBytes().asLongValue();
        if (size > limit) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The " + (probe.format().isImage() ? "image" : "audio file") + " has " + size + " bytes; at most "
                            + limit + " are accepted.");
        }
        if (probe.format().isImage() && (long) probe.width() * probe.height() > config.maxPixels()) {
            throw unprocessable("The image is " + probe.width() + " x " + probe.height() + " pixels; at most "
                    + config.maxPixels() + " pixels are accepted. Scale it down and upload it again.");
        }
    }

    private static ProblemException unprocessable(String message) {
        return new ProblemException(
                ProblemType.UNPROCESSABLE, message, List.of(new FieldError("file", message)), Map.of());
    }

    private void refuseDuplicate(String sha256) {
        media.findBySha256(sha256).ifPresent(existing -> {
            throw new ProblemException.Duplicate(
                    "This file was uploaded before, as media item " + existing.id + ".",
                    "file",
                    existing.id.toString(),
                    base + "/api/v1/admin/media/" + existing.id);
        });
    }

    private void cleanUp(String key) {
        try {
            store.delete(List.of(key));
        } catch (IOException e) {
            Log.warnf("Could not remove %s after a failed upload: %s", key, e.getMessage());
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
