package com.newsdesk.media.image;

import java.io.IOException;

/**
 * Receives each rendition as soon as it is encoded, so that a render never holds more than one
 * encoded file; the sink stores it and lets it go.
 */
@FunctionalInterface
public interface RenditionSink {

    void accept(Encoded rendition) throws IOException;
}
