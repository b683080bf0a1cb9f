package com.newsdesk.media.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Encodes each output as JPEG and WebP and hands both to the sink, on the caller's thread and in that
 * order. With more than two cores the WebP encoding, the slower of the two, runs on a second thread
 * meanwhile (both encoders only read the same image, so no copy is made for it). With two or fewer
 * it runs on the caller's thread after the JPEG: a render then takes about a third longer, but it
 * holds one core, not both, and the instance keeps serving readers while editors upload.
 */
final class RenditionWriter implements AutoCloseable {

    private final RenditionSink sink;
    private final JpegEncoder jpeg;
    private final WebpEncoder webp;
    private final ExecutorService background;
    private Future<byte[]> pending;

    RenditionWriter(String copyright, RenditionSink sink) {
        this(copyright, sink, Runtime.getRuntime().availableProcessors() > 2);
    }

    RenditionWriter(String copyright, RenditionSink sink, boolean parallel) {
        this.sink = sink;
        this.jpeg = new JpegEncoder(copyright);
        this.webp = new WebpEncoder();
        this.background = parallel
                ? Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "rendition-webp");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
    }

    void emit(String ratio, BufferedImage image) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        if (background == null) {
            sink.accept(new Encoded(ratio, ImageFormat.JPEG, width, height, jpeg.encode(image)));
            sink.accept(new Encoded(ratio, ImageFormat.WEBP, width, height, webp.encode(image)));
            return;
        }
        pending = background.submit(() -> {
            try {
                return webp.encode(image);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        sink.accept(new Encoded(ratio, ImageFormat.JPEG, width, height, jpeg.encode(image)));
        byte[] webpBytes = await(pending);
        pending = null;
        sink.accept(new Encoded(ratio, ImageFormat.WEBP, width, height, webpBytes));
    }

    @Override
    public void close() {
        // An encoding still running (the JPEG side failed) must finish before its writer goes.
        if (pending != null) {
            try {
                await(pending);
            } catch (IOException | RuntimeException ignored) {
                // The failure that ended the render is the one reported.
            }
        }
        if (background != null) {
            background.shutdown();
        }
        jpeg.close();
        webp.close();
    }

    private static byte[] await(Future<byte[]> encoding) throws IOException {
        try {
            return encoding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while encoding WebP");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("WebP encoding failed", cause);
        }
    }
}
