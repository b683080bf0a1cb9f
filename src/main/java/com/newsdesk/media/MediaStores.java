package com.newsdesk.media;

import com.newsdesk.media.store.FileStore;
import com.newsdesk.media.store.MediaStore;
import com.newsdesk.media.store.S3Store;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.nio.file.Path;

/** The one {@link MediaStore} of this instance, as {@code newsdesk.media.storage} says. */
@ApplicationScoped
public class MediaStores {

    @Produces
    @ApplicationScoped
    @DefaultBean
    MediaStore store(MediaConfig config) throws IOException {
        return switch (config.storage()) {
            case "file" -> new FileStore(Path.of(config.dir()));
            case "s3" -> {
                MediaConfig.S3 s3 = config.s3();
                yield new S3Store(
                        s3.endpoint(),
                        s3.region(),
                        s3.bucket()
                                .orElseThrow(() -> new IllegalStateException(
                                        "NEWSDESK_MEDIA_S3_BUCKET is required with NEWSDESK_MEDIA_STORAGE=s3")),
                        s3.accessKeyId(),
                        s3.secretAccessKey(),
                        s3.pathStyle());
            }
            default ->
                throw new IllegalStateException("NEWSDESK_MEDIA_STORAGE must be file or s3, not " + config.storage());
        };
    }

    void close(@Disposes MediaStore store) {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // shutting down: nothing left to do with it
            }
        }
    }
}
