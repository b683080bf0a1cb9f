package com.newsdesk.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Article settings ({@code newsdesk.articles.*}). */
@ConfigMapping(prefix = "newsdesk.articles")
public interface ArticleConfig {

    /** Hosts (without www.) whose https URLs may be embedded. */
    @WithDefault("youtube.com,youtu.be,vimeo.com,player.vimeo.com,x.com,twitter.com,instagram.com,facebook.com,"
            + "soundcloud.com,open.spotify.com,t.me,tiktok.com")
    Set<String> embedHosts();

    /**
     * How often scheduled articles whose time has come are turned into published ones (by one
     * instance at a time); they are public from their time on in any case.
     */
    @WithDefault("1S")
    java.time.Duration publishInterval();

    /**
     * How far the feed's head cursor stays behind now, so that pull to refresh never skips an
     * article whose transaction committed late; items this fresh come again on the next refresh.
     */
    @WithDefault("5S")
    java.time.Duration feedHeadMargin();

    /** What readers are told about machine-narrated audio when the editor gives nothing else. */
    @WithDefault("This audio is created with AI assistance")
    String defaultAiDisclosure();

    /**
     * Whether a reader's article in its default representation and the feed's summaries are kept
     * in the database as sent and served from there while nothing they show has changed
     * ({@link ArticleAnswers}, {@link SummaryAnswers}). Off, every uncached read builds its answer
     * again.
     */
    @WithDefault("true")
    boolean storedAnswers();

    /** How many revisions of each article are kept (the newest); all when not set. */
    java.util.Optional<Integer> revisionsKeep();
}
