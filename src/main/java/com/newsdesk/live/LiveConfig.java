package com.newsdesk.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Live coverage streams ({@code newsdesk.live.*}). */
@ConfigMapping(prefix = "newsdesk.live")
public interface LiveConfig {

    /** How often an open stream gets a comment line, so that proxies and clients see it is alive. */
    @WithDefault("15S")
    Duration heartbeat();

    /** Open streams one instance keeps at most; beyond it a new one is 503 with Retry-After. */
    @WithDefault("20000")
    int maxStreams();

    /** Events a slow reader's stream may hold unsent; past it the stream ends and the client resumes. */
    @WithDefault("500")
    int streamBuffer();
}
