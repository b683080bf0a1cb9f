package com.newsdesk.media.image;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Halves opaque images by averaging each 2 by 2 block, reading the pixel arrays directly. It does
 * what Java2D's bilinear loop does at exactly one half, in about a third of the time, for the two
 * layouts nearly every photo arrives in: decoded JPEG (3 bytes BGR) and our own packed ints.
 */
final class Halving {

    private Halving() {}

    /** The image at half size (rounded down), or null when its layout is not one handled here. */
    static BufferedImage half(BufferedImage source) {
        if (source.getWidth() < 2 || source.getHeight() < 2) {
            return null;
        }
        return switch (source.getType()) {
            case BufferedImage.TYPE_INT_RGB -> fromInts(source);
            case BufferedImage.TYPE_3BYTE_BGR -> fromBgr(source);
            default -> null;
        };
    }

    private static BufferedImage fromInts(BufferedImage source) {
        Raster raster = source.getRaster();
        if (!(raster.getSampleModel() instanceof SinglePixelPackedSampleModel model)) {
            return null;
        }
        DataBufferInt buffer = (DataBufferInt) raster.getDataBuffer();
        int[] in = buffer.getData();
        int stride = model.getScanlineStride();
        // A subimage shares its parent's array; the translation says where it starts in it.
        int origin =
                buffer.getOffset() - raster.getSampleModelTranslateY() * stride - raster.getSampleModelTranslateX();
        int width = source.getWidth() / 2;
        int height = source.getHeight() / 2;
        BufferedImage half = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = Orientation.pixels(half);
        for (int y = 0; y < height; y++) {
            int top = origin + 2 * y * stride;
            int bottom = top + stride;
            int target = y * width;
            for (int x = 0; x < width; x++) {
                int a = in[top + 2 * x];
                int b = in[top + 2 * x + 1];
                int c = in[bottom + 2 * x];
                int d = in[bottom + 2 * x + 1];
                int r = ((a >>> 16 & 0xFF) + (b >>> 16 & 0xFF) + (c >>> 16 & 0xFF) + (d >>> 16 & 0xFF) + 2) >> 2;
                int g = ((a >>> 8 & 0xFF) + (b >>> 8 & 0xFF) + (c >>> 8 & 0xFF) + (d >>> 8 & 0xFF) + 2) >> 2;
                int bl = ((a & 0xFF) + (b & 0xFF) + (c & 0xFF) + (d & 0xFF) + 2) >> 2;
                out[target + x] = r << 16 | g << 8 | bl;
            }
        }
        return half;
    }

    private static BufferedImage fromBgr(BufferedImage source) {
        Raster raster = source.getRaster();
        if (!(raster.getSampleModel() instanceof ComponentSampleModel model)
                || model.getPixelStride() != 3
                || raster.getDataBuffer().getNumBanks() != 1) {
            return null;
        }
        int[] bands = model.getBandOffsets();
        DataBufferByte buffer = (DataBufferByte) raster.getDataBuffer();
        byte[] in = buffer.getData();
        int stride = model.getScanlineStride();
        int origin =
                buffer.getOffset() - raster.getSampleModelTranslateY() * stride - raster.getSampleModelTranslateX() * 3;
        int width = source.getWidth() / 2;
        int height = source.getHeight() / 2;
        BufferedImage half = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = Orientation.pixels(half);
        for (int y = 0; y < height; y++) {
            int top = origin + 2 * y * stride;
            int target = y * width;
            for (int x = 0; x < width; x++) {
                int p = top + 6 * x;
                int r = average(in, p + bands[0], stride);
                int g = average(in, p + bands[1], stride);
                int b = average(in, p + bands[2], stride);
                out[target + x] = r << 16 | g << 8 | b;
            }
        }
        return half;
    }

    /** Rounded mean of one sample in a 2 by 2 block of 3-byte pixels starting at {@code at}. */
    private static int average(byte[] in, int at, int stride) {
        return ((in[at] & 0xFF) + (in[at + 3] & 0xFF) + (in[at + stride] & 0xFF) + (in[at + stride + 3] & 0xFF) + 2)
                >> 2;
    }
}
