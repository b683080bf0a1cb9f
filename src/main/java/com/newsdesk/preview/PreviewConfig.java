package com.newsdesk.preview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Draft previews ({@code newsdesk.preview.*}, environment {@code NEWSDESK_PREVIEW_*}). */
@ConfigMapping(prefix = "newsdesk.preview")
public interface PreviewConfig {

    /** How long a preview token works. */
    @WithDefault("1H")
    Duration ttl();

    /**
     * The link a token comes with: the front end's preview route, with {@code {token}}, {@code {id}}
     * and {@code {slug}} filled in (for example {@code https://www.example.com/api/draft?token={token}&slug={slug}});
     * by default the API's own preview endpoint.
     */
    Optional<String> url();
}
