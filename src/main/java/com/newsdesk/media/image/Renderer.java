package com.newsdesk.media.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns an original image (JPEG, PNG or WebP) into its renditions: a ladder of widths and a set of
 * focal-point crops, each as JPEG and WebP, plus a BlurHash placeholder and dominant colour.
 *
 * <p>The original is decoded once, subsampled to what the largest output needs. Crops are cut from
 * the decoded image first; then the ladder runs from the largest width down, each step scaled from
 * the one before, so the decoded image is released after the first step. Every rendition goes to
 * the sink as soon as it is encoded.
 */
public final class Renderer {

    private Renderer() {}

    /**
     * Renders {@code original} as {@code plan} says, handing each rendition to {@code sink}.
     *
     * @return the displayed size of the original and its placeholder
     * @throws IOException when the file cannot be read or decoded, or the sink fails
     */
    public static Rendered render(Path original, RenditionPlan plan, RenditionSink sink) throws IOException {
        Decoder.Decoded decoded = Decoder.decode(original, plan);
        Layout layout = decoded.layout();
        BufferedImage image = decoded.image();
        // The record would otherwise keep the decoded image alive through the whole ladder.
        decoded = null;
        boolean swaps = Orientation.swapsAxes(layout.orientation);
        boolean upright = false;
        try (RenditionWriter output = new RenditionWriter(plan.copyright(), sink)) {
            for (Layout.Crop crop : layout.crops) {
                Rectangle area = layout.decodedArea(crop, image.getWidth(), image.getHeight());
                BufferedImage region = image.getSubimage(area.x, area.y, area.width, area.height);
                BufferedImage scaled = swaps
                        ? Resizer.resize(region, crop.height(), crop.width())
                        : Resizer.resize(region, crop.width(), crop.height());
                output.emit(crop.ratio().name(), Orientation.apply(scaled, layout.orientation));
            }
            for (int width : layout.ladder) {
                int height = layout.ladderHeight(width);
                // Reassigning drops each larger image (at first the decoded one) once it has served.
                // The first step is turned upright, so the later ones need no copy of their own.
                image = swaps && !upright ? Resizer.resize(image, height, width) : Resizer.resize(image, width, height);
                if (!upright) {
                    image = Orientation.apply(image, layout.orientation);
                    upright = true;
                }
                output.emit(null, image);
            }
        }
        Placeholder.Summary summary = Placeholder.of(image, upright ? 1 : layout.orientation);
        return new Rendered(layout.width, layout.height, summary.blurHash(), summary.dominantColor());
    }
}
