package com.newsdesk.media.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Set;

/**
 * Brings a decoded image into sRGB, the space every rendition is assumed to be in (they carry no
 * ICC profile).
 */
final class Srgb {

    /** Types Java2D's native loops draw directly, as sRGB or as plain (not linear) grey. */
    private static final Set<Integer> DRAWN_DIRECTLY = Set.of(
            BufferedImage.TYPE_INT_RGB,
            BufferedImage.TYPE_INT_ARGB,
            BufferedImage.TYPE_INT_ARGB_PRE,
            BufferedImage.TYPE_INT_BGR,
            BufferedImage.TYPE_3BYTE_BGR,
            BufferedImage.TYPE_4BYTE_ABGR,
            BufferedImage.TYPE_4BYTE_ABGR_PRE,
            BufferedImage.TYPE_BYTE_INDEXED,
            BufferedImage.TYPE_BYTE_BINARY,
            BufferedImage.TYPE_USHORT_565_RGB,
            BufferedImage.TYPE_USHORT_555_RGB);

    private Srgb() {}

    /**
     * The image itself when Java2D can already draw it as sRGB (the usual JPEG, PNG and WebP case,
     * which costs nothing), else a converted copy of packed ints.
     */
    static BufferedImage normalise(BufferedImage image) {
        ColorSpace space = image.getColorModel().getColorSpace();
        int type = image.getType();
        if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_USHORT_GRAY) {
            // Java2D copies grey samples to R, G and B as they are, which is right for the gamma
            // encoded grey of JPEG and PNG files.
            return image;
        }
        if (space.getType() == ColorSpace.TYPE_GRAY) {
            // ColorConvertOp would treat these samples as linear light and brighten them.
            return greyWithAlpha(image);
        }
        if (space.isCS_sRGB() && DRAWN_DIRECTLY.contains(type)) {
            return image;
        }
        if (space.isCS_sRGB()) {
            // Already sRGB, only in an unusual layout (16 bits a sample, say): a plain redraw.
            return Resizer.resize(image, image.getWidth(), image.getHeight());
        }
        BufferedImage converted = new BufferedImage(
                image.getWidth(),
                image.getHeight(),
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        // An embedded profile (Adobe RGB, say) or CMYK: a colour-managed conversion to sRGB.
        new ColorConvertOp(null).filter(image, converted);
        return converted;
    }

    private static BufferedImage greyWithAlpha(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        Raster raster = image.getRaster();
        boolean alpha = image.getColorModel().hasAlpha() && raster.getNumBands() > 1;
        BufferedImage converted =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        WritableRaster out = converted.getRaster();
        int greyMax = (1 << image.getColorModel().getComponentSize(0)) - 1;
        int alphaMax = alpha ? (1 << image.getColorModel().getComponentSize(1)) - 1 : 1;
        int[] grey = new int[width];
        int[] opacity = new int[width];
        int[] row = new int[width * (alpha ? 4 : 3)];
        for (int y = 0; y < height; y++) {
            raster.getSamples(0, y, width, 1, 0, grey);
            if (alpha) {
                raster.getSamples(0, y, width, 1, 1, opacity);
            }
            for (int x = 0, i = 0; x < width; x++) {
                int g = scale(grey[x], greyMax);
                row[i++] = g;
                row[i++] = g;
                row[i++] = g;
                if (alpha) {
                    row[i++] = scale(opacity[x], alphaMax);
                }
            }
            out.setPixels(0, y, width, 1, row);
        }
        return converted;
    }

    private static int scale(int sample, int max) {
        return max == 255 ? sample : (int) Math.round(sample * 255.0 / max);
    }
}
