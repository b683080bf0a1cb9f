package com.newsdesk.media.image;

import com.luciad.imageio.webp.WebPReadParam;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an original once, at the smallest size that still serves every output, and brings it into
 * sRGB. The result stays in stored orientation.
 */
final class Decoder {

    /** The decoded pixels and the layout they were decoded for. */
    record Decoded(BufferedImage image, Layout layout) {}

    private Decoder() {}

    static Decoded decode(Path file, RenditionPlan plan) throws IOException {
        String name = String.valueOf(file.getFileName());
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("Cannot open image " + name);
            }
            List<ImageReader> readers = readers(in);
            if (readers.isEmpty()) {
                throw new IOException("Cannot decode image " + name + ": not a JPEG, PNG or WebP file");
            }
            IOException failure = null;
            // A file one reader rejects (TwelveMonkeys and the JDK differ on damaged JPEGs) may
            // still decode with the next.
            for (ImageReader reader : readers) {
                try {
                    in.seek(0);
                    return read(reader, in, plan);
                } catch (IOException | RuntimeException e) {
                    if (failure == null) {
                        failure = new IOException("Cannot decode image " + name + ": " + describe(e), e);
                    }
                } finally {
                    reader.dispose();
                }
            }
            throw failure;
        }
    }

    private static Decoded read(ImageReader reader, ImageInputStream in, RenditionPlan plan) throws IOException {
        // Not seek-forward-only: a reader that fails must leave the stream rewindable for the next.
        reader.setInput(in, false, true);
        Layout layout = Layout.of(reader.getWidth(0), reader.getHeight(0), plan);
        int step = layout.subsampling();
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        if (param instanceof WebPReadParam webp && step > 1) {
            // libwebp ignores subsampling but scales while decoding, and averages as it does.
            webp.setUseScaling(true);
            webp.setScaledWidth(ceilDiv(layout.storedWidth, step));
            webp.setScaledHeight(ceilDiv(layout.storedHeight, step));
        }
        BufferedImage image = reader.read(0, param);
        return new Decoded(Srgb.normalise(image), layout);
    }

    /** The readers for the stream, libwebp's first: it is native, and far faster on WebP. */
    private static List<ImageReader> readers(ImageInputStream in) {
        List<ImageReader> readers = new ArrayList<>();
        for (ImageReader reader : ImagePlugins.readers(in)) {
            if (reader.getDefaultReadParam() instanceof WebPReadParam) {
                readers.add(0, reader);
            } else {
                readers.add(reader);
            }
        }
        return readers;
    }

    private static int ceilDiv(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
