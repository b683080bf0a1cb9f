package com.newsdesk.syndication;

import com.newsdesk.article.ArticleParts.LeadImageView;
import com.newsdesk.media.MediaView.CropView;

/**
 * The image a feed item carries: for an uploaded photo its 16:9 JPEG crop (1200 pixels wide, what
 * feed readers and link previews show, with its exact size for the RSS enclosure), otherwise the
 * image's own URL.
 */
record FeedImage(String url, String mimeType, long bytes) {

    static FeedImage of(LeadImageView image) {
        if (image == null) {
            return null;
        }
        for (CropView crop : image.crops()) {
            if (crop.ratio().equals("16:9") && crop.format().equals("jpeg")) {
                return new FeedImage(crop.url(), "image/jpeg", crop.bytes());
            }
        }
        return image.url() == null ? null : new FeedImage(image.url(), image.mimeType(), 0);
    }
}
