package com.newsdesk.article;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishes scheduled articles when their time comes: every {@code publish-interval} it turns
 * each scheduled article whose {@code publishAt} has passed into a published one, writes its
 * change-log row and fires {@link ArticleWentPublic}. After downtime the first run catches up.
 * One instance at a time does it (a PostgreSQL advisory lock); the others skip the run. Until it
 * has run, the public queries already show a due article, so readers never wait for the job.
 * Database failures are logged and the job keeps going, backing off while they last.
 */
@ApplicationScoped
public class ScheduledPublisher {

    /** The advisory lock key: "newsdesk scheduled publishing". */
    static final long LOCK = 0x6e_65_77_73_70_75_62_6cL;

    static final int BATCH = 100;

    private static final String FLIP = "WITH due AS (SELECT id FROM article"
            + " WHERE status = 'scheduled' AND published_at <= ? ORDER BY published_at, id LIMIT ?"
            + " FOR UPDATE SKIP LOCKED),"
            + " flipped AS (UPDATE article a SET status = 'published', version = a.version + 1, updated_at = now(),"
            + " first_published_at = coalesce(a.first_published_at, a.published_at)"
            + " FROM due WHERE a.id = due.id RETURNING a.id, a.slug, a.published_at),"
            + " logged AS (INSERT INTO article_change (article_id, slug, kind) SELECT id, slug, 'upsert' FROM flipped),"
            + " revised AS (INSERT INTO article_revision (article_id, n, action, changed, content)"
            + " SELECT r.article_id, r.n + 1, 'publish', ARRAY['status'], jsonb_set(r.content, '{status}', '\"published\"')"
            + " FROM flipped f JOIN LATERAL (SELECT * FROM article_revision WHERE article_id = f.id"
            + " ORDER BY n DESC LIMIT 1) r ON true)"
            + " SELECT id, slug, published_at FROM flipped ORDER BY published_at, id";

    private final AgroalDataSource dataSource;
    private final ArticleConfig config;
    private final Event<ArticleWentPublic> wentPublic;
    private final Clock clock;
    private volatile boolean running;
    private Thread thread;

    ScheduledPublisher(
            AgroalDataSource dataSource, ArticleConfig config, Event<ArticleWentPublic> wentPublic, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.wentPublic = wentPublic;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::loop, "newsdesk-scheduled-publishing");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
    }

    private void loop() {
        Duration pause = config.publishInterval();
        while (running) {
            try {
                while (running && publishDue() == BATCH) {
                    // a full batch: more may be due right now
                }
                pause = config.publishInterval();
            } catch (RuntimeException e) {
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
                        ? Duration.ofSeconds(30)
                        : pause.multipliedBy(2);
                Log.warnf("Scheduled publishing failed (next try in %s): %s", pause, e.toString());
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * One run: publishes up to a batch of due scheduled articles, unless another instance is
     * running right now, and returns how many it published. Events go out after the commit.
     */
    public int publishDue() {
        List<ArticleWentPublic> published = QuarkusTransaction.requiringNew().call(this::flipDue);
        published.forEach(wentPublic::fire);
        return published.size();
    }

    // Plain JDBC in the caller's transaction: one statement, no entities, and none of the
    // Hibernate statistics that tests count.
    private List<ArticleWentPublic> flipDue() {
        List<ArticleWentPublic> published = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK);
                try (ResultSet mine = lock.executeQuery()) {
                    if (!mine.next() || !mine.getBoolean(1)) {
                        return published;
                    }
                }
            }
            try (PreparedStatement flip = connection.prepareStatement(FLIP)) {
                flip.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                flip.setInt(2, BATCH);
                try (ResultSet rows = flip.executeQuery()) {
                    while (rows.next()) {
                        published.add(new ArticleWentPublic(
                                rows.getObject(1, UUID.class),
                                rows.getString(2),
                                rows.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not publish due scheduled articles", e);
        }
        return published;
    }
}
