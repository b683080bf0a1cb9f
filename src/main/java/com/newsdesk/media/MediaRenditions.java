package com.newsdesk.media;

import com.newsdesk.common.cache.ContentNotifications;
import com.newsdesk.media.image.Encoded;
import com.newsdesk.media.image.Ratio;
import com.newsdesk.media.image.Rendered;
import com.newsdesk.media.image.Renderer;
import com.newsdesk.media.image.RenditionPlan;
import com.newsdesk.media.store.MediaStore;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Makes the renditions of uploaded images, off the request thread: {@code renditionConcurrency}
 * workers per instance (each holds one decoded image), sharing the queue in the media table with
 * every other instance through leased claims ({@link RenditionClaims}). Files are stored before
 * the row says ready; the files of the set they replace are removed after it commits.
 */
@ApplicationScoped
public class MediaRenditions {

    private final RenditionClaims claims;
    private final MediaStore store;
    private final MediaConfig config;
    private final ContentNotifications notifications;
    private final Semaphore signal = new Semaphore(0);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    MediaRenditions(RenditionClaims claims, MediaStore store, MediaConfig config, ContentNotifications notifications) {
        this.claims = claims;
        this.store = store;
        this.config = config;
        this.notifications = notifications;
    }

    void start(@Observes StartupEvent event) {
        if (!config.renditions()) {
            return;
        }
        running = true;
        for (int i = 0; i < Math.max(1, config.renditionConcurrency()); i++) {
            Thread worker = new Thread(this::loop, "newsdesk-renditions-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        for (Thread worker : workers) {
            worker.interrupt();
            worker.join(5_000);
        }
    }

    /** Something is due: a worker of this instance looks now rather than at its next poll. */
    public void wake() {
        signal.release(Math.max(1, config.renditionConcurrency()));
    }

    private void loop() {
        while (running) {
            try {
                while (running && renderNext()) {
                    // one done: there may be more due right now
                }
                signal.tryAcquire(config.renditionPollInterval().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Log.warnf("Renditions paused: %s", e.toString()); // the database is away, say
                try {
                    Thread.sleep(config.renditionPollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Renders one due item, if any; true when there was one. */
    public boolean renderNext() {
        Optional<RenditionClaims.Job> claimed = claims.claim(config.renditionLease());
        if (claimed.isEmpty()) {
            return false;
        }
        RenditionClaims.Job job = claimed.get();
        List<Rendition> made = new ArrayList<>();
        long start = System.nanoTime();
        try {
            Rendered rendered = render(job, made);
            if (claims.ready(job, made, rendered)) {
                removeAll(
                        job.previous().stream()
                                .filter(old ->
                                        made.stream().noneMatch(n -> n.name().equals(old.name())))
                                .toList(),
                        job.sha256());
                notifications.announce();
                Log.infof(
                        "Rendered media %s: %d files in %d ms",
                        job.id(), made.size(), (System.nanoTime() - start) / 1_000_000);
            } else {
                removeNew(job, made); // deleted or asked again meanwhile: this set is not wanted
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            Log.warnf("Renditions of media %s failed: %s", job.id(), e.toString());
            removeNew(job, made);
            claims.failed(job, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            notifications.announce();
        }
        return true;
    }

    private Rendered render(RenditionClaims.Job job, List<Rendition> made) throws IOException {
        Path local = store.localFile(job.originalKey()).orElse(null);
        Path temporary = null;
        if (local == null) {
            temporary = Files.createTempFile("newsdesk-original-", ".bin");
            long size = store.size(job.originalKey()).orElseThrow(() -> new IOException("The original is missing"));
            try (InputStream in = store.open(job.originalKey(), 0, size)) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            local = temporary;
        }
        try {
            RenditionPlan plan = new RenditionPlan(
                    config.widths(),
                    Ratio.STANDARD,
                    config.cropWidth(),
                    job.focalX(),
                    job.focalY(),
                    job.orientation(),
                    job.copyright());
            return Renderer.render(local, plan, encoded -> made.add(keep(job, encoded)));
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private Rendition keep(RenditionClaims.Job job, Encoded encoded) throws IOException {
        String shape = encoded.ratio() == null
                ? encoded.width() + "w"
                : encoded.ratio().replace(':', 'x');
        String name = shape + "-" + shortHash(encoded.bytes()) + "."
                + encoded.format().extension();
        store.put(
                MediaKeys.rendition(job.sha256(), name),
                encoded.bytes(),
                encoded.format().mimeType());
        return new Rendition(
                name,
                encoded.ratio(),
                encoded.format().value(),
                encoded.width(),
                encoded.height(),
                encoded.bytes().length);
    }

    private void removeNew(RenditionClaims.Job job, List<Rendition> made) {
        Set<String> kept = job.previous().stream().map(Rendition::name).collect(Collectors.toSet());
        removeAll(made.stream().filter(r -> !kept.contains(r.name())).toList(), job.sha256());
    }

    private void removeAll(List<Rendition> renditions, String sha256) {
        if (renditions.isEmpty()) {
            return;
        }
        try {
            store.delete(renditions.stream()
                    .map(r -> MediaKeys.rendition(sha256, r.name()))
                    .toList());
        } catch (IOException e) {
            Log.warnf("Could not remove %d old renditions: %s", renditions.size(), e.getMessage());
        }
    }

    private static String shortHash(byte[] bytes) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
