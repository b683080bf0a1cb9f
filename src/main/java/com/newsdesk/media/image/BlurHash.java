package com.newsdesk.media.image;

/**
 * BlurHash encoder, after the published algorithm (woltapp/blurhash, "Algorithm" in its README):
 * the image in linear light is projected onto a few cosine components; the average colour is kept
 * exactly (as sRGB), the others are quantised against the largest of them, and the lot is written
 * in base 83.
 */
final class BlurHash {

    private static final String DIGITS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

    private BlurHash() {}

    /**
     * Encodes opaque sRGB pixels (0xRRGGBB, row by row) with {@code componentsX} by
     * {@code componentsY} components, each 1 to 9.
     */
    static String encode(int[] rgb, int width, int height, int componentsX, int componentsY) {
        if (componentsX < 1 || componentsX > 9 || componentsY < 1 || componentsY > 9) {
            throw new IllegalArgumentException("BlurHash components must be 1 to 9 each");
        }
        if (width < 1 || height < 1 || rgb.length < width * height) {
            throw new IllegalArgumentException("No pixels to encode");
        }
        double[][] linear = toLinear(rgb, width * height);
        double[][] factors = new double[componentsX * componentsY][];
        for (int j = 0; j < componentsY; j++) {
            for (int i = 0; i < componentsX; i++) {
                factors[j * componentsX + i] = component(linear, width, height, i, j);
            }
        }
        StringBuilder hash = new StringBuilder(4 + 2 * factors.length);
        append(hash, (componentsX - 1) + (componentsY - 1) * 9, 1);
        double maximum = 1;
        if (factors.length > 1) {
            double actual = 0;
            for (int k = 1; k < factors.length; k++) {
                for (double value : factors[k]) {
                    actual = Math.max(actual, Math.abs(value));
                }
            }
            int quantised = (int) Math.max(0, Math.min(82, Math.floor(actual * 166 - 0.5)));
            maximum = (quantised + 1) / 166.0;
            append(hash, quantised, 1);
        } else {
            append(hash, 0, 1);
        }
        double[] dc = factors[0];
        append(hash, (toSrgb(dc[0]) << 16) | (toSrgb(dc[1]) << 8) | toSrgb(dc[2]), 4);
        for (int k = 1; k < factors.length; k++) {
            double[] ac = factors[k];
            append(
                    hash,
                    quantiseAc(ac[0], maximum) * 19 * 19 + quantiseAc(ac[1], maximum) * 19 + quantiseAc(ac[2], maximum),
                    2);
        }
        return hash.toString();
    }

    /** sRGB 0..255 to linear light 0..1. */
    static double toLinear(int value) {
        double v = value / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** Linear light to sRGB 0..255, rounded. */
    static int toSrgb(double linear) {
        double v = Math.max(0, Math.min(1, linear));
        double encoded = v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        return (int) (encoded * 255 + 0.5);
    }

    private static double[][] toLinear(int[] rgb, int count) {
        // Three channels of a small image: a lookup of 256 values beats pow() per sample.
        double[] table = new double[256];
        for (int v = 0; v < 256; v++) {
            table[v] = toLinear(v);
        }
        double[][] linear = new double[3][count];
        for (int p = 0; p < count; p++) {
            linear[0][p] = table[rgb[p] >>> 16 & 0xFF];
            linear[1][p] = table[rgb[p] >>> 8 & 0xFF];
            linear[2][p] = table[rgb[p] & 0xFF];
        }
        return linear;
    }

    private static double[] component(double[][] linear, int width, int height, int i, int j) {
        double r = 0;
        double g = 0;
        double b = 0;
        for (int y = 0; y < height; y++) {
            double basisY = Math.cos(Math.PI * j * y / height);
            for (int x = 0; x < width; x++) {
                double basis = basisY * Math.cos(Math.PI * i * x / width);
                int p = y * width + x;
                r += basis * linear[0][p];
                g += basis * linear[1][p];
                b += basis * linear[2][p];
            }
        }
        // The DC term is a plain average; the others are doubled, as the decoder expects.
        double scale = (i == 0 && j == 0 ? 1.0 : 2.0) / (width * height);
        return new double[] {r * scale, g * scale, b * scale};
    }

    private static int quantiseAc(double value, double maximum) {
        double scaled = value / maximum;
        double companded = Math.copySign(Math.sqrt(Math.abs(scaled)), scaled);
        return (int) Math.max(0, Math.min(18, Math.floor(companded * 9 + 9.5)));
    }

    private static void append(StringBuilder hash, int value, int length) {
        int divisor = 1;
        for (int k = 1; k < length; k++) {
            divisor *= 83;
        }
        for (int k = 0; k < length; k++) {
            hash.append(DIGITS.charAt(value / divisor % 83));
            divisor /= 83;
        }
    }
}
