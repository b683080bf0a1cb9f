package com.newsdesk.media;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The media library ({@code newsdesk.media.*}): upload limits, where files are kept, renditions. */
@ConfigMapping(prefix = "newsdesk.media")
public interface MediaConfig {

    /** Largest image upload; the upload operation alone accepts bodies this large. */
    @WithDefault("40M")
    MemorySize maxImageBytes();

    /** Largest audio upload (a narration of a long read). */
    @WithDefault("200M")
    MemorySize maxAudioBytes();

    /** Most pixels an uploaded image may declare; checked from its header before it is decoded. */
    @WithDefault("60000000")
    long maxPixels();

    /** {@code file} (under {@link #dir()}) or {@code s3}. */
    @WithDefault("file")
    String storage();

    /** Where the file store keeps media: a directory that is backed up (relative: to the working directory). */
    @WithDefault("media")
    String dir();

    /** Widths of the rendition ladder, in pixels; none wider than the original is made. */
    @WithDefault("320,640,960,1280,1920,2560")
    List<Integer> widths();

    /** Width of the 16:9, 4:3 and 1:1 crops (or the largest that fits). */
    @WithDefault("1200")
    int cropWidth();

    /** Items whose renditions are made at the same time on this instance (each holds a decoded image). */
    @WithDefault("1")
    int renditionConcurrency();

    /** Whether this instance makes renditions (every instance may; they share the queue safely). */
    @WithDefault("true")
    boolean renditions();

    /** How often the renditions queue is checked when nothing wakes the worker earlier. */
    @WithDefault("5S")
    Duration renditionPollInterval();

    /** How long a worker holds an item it is rendering before another may take it over. */
    @WithDefault("5M")
    Duration renditionLease();

    S3 s3();

    /** The S3 bucket ({@code newsdesk.media.s3.*}); any S3-compatible server with an endpoint. */
    interface S3 {
        /** For S3-compatible servers (MinIO, Ceph, R2...); empty for AWS itself. */
        Optional<String> endpoint();

        @WithDefault("us-east-1")
        String region();

        Optional<String> bucket();

        /** Empty: the AWS default chain (environment, profile, instance role). */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /** Path-style URLs (bucket in the path), which most S3-compatible servers need. */
        @WithDefault("true")
        boolean pathStyle();
    }
}
