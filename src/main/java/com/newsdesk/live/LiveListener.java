package com.newsdesk.live;

import com.newsdesk.common.db.ChannelListener;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * One connection per instance LISTENing on the channel live entries' trigger NOTIFYs at commit,
 * telling {@link LiveHub} which article changed.
 */
@ApplicationScoped
class LiveListener {

    static final String CHANNEL = "newsdesk_live";
    private static final Logger LOG = Logger.getLogger(LiveListener.class);

    private final AgroalDataSource dataSource;
    private final LiveHub hub;
    private ChannelListener listener;

    LiveListener(AgroalDataSource dataSource, LiveHub hub) {
        this.dataSource = dataSource;
        this.hub = hub;
    }

    void start(@Observes StartupEvent start) {
        listener = new ChannelListener(dataSource, CHANNEL, "newsdesk-live-listener", this::notified, hub::reconnected);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (listener != null) {
            listener.stop();
        }
    }

    private void notified(String payload) {
        try {
            hub.changed(UUID.fromString(payload));
        } catch (IllegalArgumentException e) {
            LOG.debugf("Ignoring a live notification without an article id: %s", payload);
        }
    }
}
