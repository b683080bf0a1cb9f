package com.newsdesk.media.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Expected hashes are worked out by hand from the algorithm, not taken from another encoder. For a
 * uniform image every component reduces to a closed form: the sum over x of cos(πix/w) is w for
 * i = 0, 1 for odd i (terms x and w - x cancel, x = 0 remains) and 0 for even i > 0.
 */
class BlurHashTest {

    static final String BASE83 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

    @Test
    void singleComponentOfPureRedIsItsColourInBase83() {
        // Flag 0, maximum 0 (no AC), then 0xFF0000 = 16711680 = 29·83³ + 18·83² + 70·83 + 45.
        assertEquals("00TI:j", BlurHash.encode(uniform(0xFF0000, 32, 32), 32, 32, 1, 1));
    }

    @Test
    void uniformMidGreyGivesTheDerivedFourByThreeHash() {
        // Linear 128 is 0.215861. With w = h = 32 the AC terms are 2·0.215861/32 = 0.013491 for
        // (1,0), (3,0), (0,1); 2·0.215861/1024 = 0.000422 for (1,1), (3,1); zero for the rest.
        // Maximum: floor(0.013491·166 - 0.5) = 1 ("1"), so the scale is 2/166 = 0.012048.
        // Quantised: 0.013491 → floor(sqrt(1.1198)·9 + 9.5) = 19, clamped to 18 → 18·381 = 6858
        // ("~q"); 0.000422 → floor(sqrt(0.035)·9 + 9.5) = 11 → 4191 ("of"); 0 → 9 → 3429 ("fQ").
        // DC: 0x808080 = 8421504 = 14·83³ + 60·83² + 37·83 + 75 ("Eyb[").
        String expected = "L1" + "Eyb[" + "~q" + "fQ" + "~q" + "~q" + "of" + "fQ" + "of" + "fQ" + "fQ" + "fQ" + "fQ";

        assertEquals(expected, BlurHash.encode(uniform(0x808080, 32, 32), 32, 32, 4, 3));
    }

    @Test
    void dcOfAUniformColourDecodesBackToIt() {
        String hash = BlurHash.encode(uniform(0x3366CC, 20, 10), 20, 10, 4, 3);

        assertEquals(28, hash.length());
        assertEquals('L', hash.charAt(0));
        assertEquals(0x3366CC, decode83(hash.substring(2, 6)));
    }

    @Test
    void srgbSurvivesTheTripThroughLinearLight() {
        for (int value = 0; value < 256; value++) {
            assertEquals(value, BlurHash.toSrgb(BlurHash.toLinear(value)));
        }
    }

    @Test
    void componentsOutsideOneToNineAreRefused() {
        int[] pixels = uniform(0, 4, 4);

        assertThrows(IllegalArgumentException.class, () -> BlurHash.encode(pixels, 4, 4, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> BlurHash.encode(pixels, 4, 4, 4, 10));
    }

    private static int[] uniform(int rgb, int width, int height) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, rgb);
        return pixels;
    }

    private static int decode83(String digits) {
        int value = 0;
        for (char c : digits.toCharArray()) {
            value = value * 83 + BASE83.indexOf(c);
        }
        return value;
    }
}
