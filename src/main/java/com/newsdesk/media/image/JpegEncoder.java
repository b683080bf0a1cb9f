package com.newsdesk.media.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Baseline JPEG at quality 0.82 with no metadata but an optional EXIF copyright notice. */
final class JpegEncoder implements AutoCloseable {

    private static final float QUALITY = 0.82f;

    private final ImageWriter writer;
    private final ImageWriteParam param;
    private final byte[] exif;

    JpegEncoder(String copyright) {
        java.util.List<ImageWriter> writers = ImagePlugins.writers("jpeg");
        if (writers.isEmpty()) {
            throw new IllegalStateException("No JPEG ImageIO writer is installed");
        }
        this.writer = writers.get(0);
        this.param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
        this.exif = copyright == null || copyright.isBlank() ? null : JpegSegments.copyrightExif(copyright);
    }

    byte[] encode(BufferedImage image) throws IOException {
        BufferedImage rgb = Resizer.opaque(image);
        // About 1.5 bits a pixel at this quality; a close first guess saves the buffer's regrowth.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rgb.getWidth() * rgb.getHeight() / 5 + 1024);
        // Memory-cached on purpose: ImageIO's default stream may spill to a temporary file.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.reset();
        }
        return JpegSegments.replaceMetadata(bytes.toByteArray(), exif);
    }

    @Override
    public void close() {
        writer.dispose();
    }
}
