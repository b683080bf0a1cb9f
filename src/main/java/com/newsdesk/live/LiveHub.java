package com.newsdesk.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsdesk.live.LiveRows.Row;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes entry changes to every open stream on this instance. When {@link LiveListener} hears the
 * table trigger's NOTIFY (sent at commit, to every instance), the article's changes since the last
 * push are then read once, in one statement, and written to all its readers. A reader resuming with
 * Last-Event-ID first gets what it missed. A change whose place is not settled yet (an older
 * transaction still runs) is read again shortly, never skipped.
 */
@ApplicationScoped
public class LiveHub {

    private static final int BATCH = 500;

    /** One open stream. */
    static final class Reader {
        final MultiEmitter<? super LiveEvent> emitter;
        LiveCursor last;

        Reader(MultiEmitter<? super LiveEvent> emitter, LiveCursor last) {
            this.emitter = emitter;
            this.last = last;
        }

        synchronized void send(LiveEvent event) {
            if (!emitter.isCancelled()) {
                emitter.emit(event);
            }
        }
    }

    /** The readers of one article, and how far its changes were pushed. */
    static final class Topic {
        final Set<Reader> readers = ConcurrentHashMap.newKeySet();
        LiveCursor pushed;
    }

    private final Map<UUID, Topic> topics = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final LiveReads reads;
    private final LiveConfig config;
    private final ObjectMapper json;
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "newsdesk-live-push");
        thread.setDaemon(true);
        return thread;
    });

    LiveHub(LiveReads reads, LiveConfig config, ObjectMapper json) {
        this.reads = reads;
        this.config = config;
        this.json = json;
    }

    void start(@Observes StartupEvent start) {
        long beat = config.heartbeat().toMillis();
        pusher.scheduleAtFixedRate(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        pusher.shutdownNow();
        topics.values().forEach(topic -> topic.readers.forEach(reader -> reader.emitter.complete()));
    }

    /** Open streams on this instance. */
    int open() {
        return open.get();
    }

    /** Events a stream may hold unsent. */
    int bufferSize() {
        return config.streamBuffer();
    }

    /** Whether one more stream may open. */
    boolean admit() {
        return open.get() < config.maxStreams();
    }

    /**
     * A new stream of an article's changes: after {@code resume} (a Last-Event-ID) when given,
     * else from now. Reads the database; call it off the event loop.
     */
    void subscribe(UUID article, LiveCursor resume, MultiEmitter<? super LiveEvent> emitter) {
        Topic topic = topics.computeIfAbsent(article, id -> new Topic());
        Reader reader;
        synchronized (topic) {
            if (topic.pushed == null) {
                topic.pushed = QuarkusTransaction.requiringNew().call(() -> reads.head(article));
            }
            reader = new Reader(emitter, resume == null ? topic.pushed : resume);
            if (resume != null && resume.compareTo(topic.pushed) < 0) {
                catchUp(article, reader, topic.pushed);
            }
            topic.readers.add(reader);
        }
        open.incrementAndGet();
        emitter.onTermination(() -> leave(article, topic, reader));
        pusher.execute(() -> push(article)); // whatever committed while it joined
    }

    private void leave(UUID article, Topic topic, Reader reader) {
        synchronized (topic) {
            if (topic.readers.remove(reader)) {
                open.decrementAndGet();
            }
            if (topic.readers.isEmpty()) {
                topics.remove(article, topic);
            }
        }
    }

    /** What a resuming reader missed, up to where the others are. */
    private void catchUp(UUID article, Reader reader, LiveCursor upTo) {
        for (int round = 0; round < 20 && reader.last.compareTo(upTo) < 0; round++) {
            LiveReads.Changes changes =
                    QuarkusTransaction.requiringNew().call(() -> reads.changes(article, reader.last, BATCH));
            changes.rows().forEach(row -> deliver(reader, row, event(row)));
            if (!changes.more()) {
                return;
            }
        }
    }

    /** Reads the article's changes since the last push and writes them to its readers. */
    void push(UUID article) {
        Topic topic = topics.get(article);
        if (topic == null) {
            return;
        }
        boolean again;
        boolean soon;
        synchronized (topic) {
            LiveReads.Changes changes =
                    QuarkusTransaction.requiringNew().call(() -> reads.changes(article, topic.pushed, BATCH));
            for (Row row : changes.rows()) {
                LiveEvent event = event(row);
                topic.readers.forEach(reader -> deliver(reader, row, event));
            }
            topic.pushed = changes.last();
            again = changes.more() && !changes.unsettled();
            soon = changes.unsettled();
        }
        if (again) {
            pusher.execute(() -> push(article));
        } else if (soon) {
            pusher.schedule(() -> push(article), 50, TimeUnit.MILLISECONDS);
        }
    }

    private static void deliver(Reader reader, Row row, LiveEvent event) {
        synchronized (reader) {
            if (row.cursor().compareTo(reader.last) <= 0) {
                return; // it had this one (resumed ahead, or caught up past it)
            }
            reader.last = row.cursor();
            reader.send(event);
        }
    }

    private LiveEvent event(Row row) {
        try {
            Object data = row.deleted() ? new LiveViews.Deleted(row.id().toString(), row.deletedAt()) : row.view();
            return new LiveEvent(row.event(), row.cursor().toString(), json.writeValueAsString(data), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("views are always serializable", e);
        }
    }

    private void heartbeat() {
        LiveEvent beat = LiveEvent.heartbeat();
        topics.values().forEach(topic -> topic.readers.forEach(reader -> reader.send(beat)));
    }

    /** The listener heard that this article's entries changed. */
    void changed(UUID article) {
        if (topics.containsKey(article)) {
            pusher.execute(() -> push(article));
        }
    }

    /** The listener (re)connected: anything may have changed while it was away. */
    void reconnected() {
        topics.keySet().forEach(article -> pusher.execute(() -> push(article)));
    }
}
