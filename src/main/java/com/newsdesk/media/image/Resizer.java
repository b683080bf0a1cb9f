package com.newsdesk.media.image;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales images down. Bilinear sampling alone aliases below half size, so larger reductions first
 * halve (averaging 2 by 2 blocks) as often as they can and finish with one bilinear step of Java2D's
 * native loops between one half and one.
 */
final class Resizer {

    private Resizer() {}

    /**
     * Returns a new image {@code width} by {@code height} of packed ints: {@code TYPE_INT_ARGB} when
     * the source has alpha, else {@code TYPE_INT_RGB}. The source may be any type Java2D draws as
     * sRGB, including a subimage; it is never enlarged beyond what is asked.
     */
    static BufferedImage resize(BufferedImage source, int width, int height) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        while (current.getWidth() >= 2 * width && current.getHeight() >= 2 * height) {
            BufferedImage half = Halving.half(current);
            current = half != null ? half : draw(current, current.getWidth() / 2, current.getHeight() / 2, type);
        }
        if (current != source && current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return draw(current, width, height, type);
    }

    /** A copy without alpha, composited over white, for JPEG and the placeholder. */
    static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return flat;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage target = new BufferedImage(Math.max(1, width), Math.max(1, height), type);
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            boolean sameSize = source.getWidth() == target.getWidth() && source.getHeight() == target.getHeight();
            g.setRenderingHint(
                    RenderingHints.KEY_INTERPOLATION,
                    sameSize
                            ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
                            : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, target.getWidth(), target.getHeight(), null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
