package com.nashir.media;

import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.system.Messages;

/**
 * How big an upload may be. Bytes are configurable ({@code nashir.media.max-bytes}, default 15 MB;
 * the servlet's multipart limit follows it). Pixels are fixed at 50 megapixels: a small file can
 * claim a huge canvas (a "decompression bomb") and decoding it would exhaust memory, so the
 * header is read and checked before any pixel is decoded.
 */
public final class MediaLimits {
    /** Larger than any camera a newsroom uses (a 45 MP full-frame body is 8256×5504). */
    public static final long MAX_PIXELS = 50_000_000L;

    private final long maxBytes;

    public MediaLimits(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(
                    "nashir.media.max-bytes must be between 1 byte and 2 GB, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The Arabic message for a file over the byte limit, naming the limit (e.g. "15 ميغابايت"). */
    public String tooLargeMessage() {
        return Messages.text("media.file.too-large", measured(maxBytes, 1024 * 1024, CountedNoun.MEGABYTE));
    }

    static String tooManyPixelsMessage(int width, int height) {
        return Messages.text(
                "media.image.too-many-pixels",
                width,
                ArabicCount.of(height, CountedNoun.PIXEL, DigitStyle.WESTERN),
                measured((long) width * height, 1_000_000, CountedNoun.MEGAPIXEL),
                ArabicCount.of(MAX_PIXELS / 1_000_000, CountedNoun.MEGAPIXEL, DigitStyle.WESTERN));
    }

    /** "15 ميغابايت", "1.4 ميغابايت": whole units without a fraction, else one decimal. */
    private static String measured(long n, long unit, CountedNoun noun) {
        return ArabicCount.decimal(n / (double) unit, n % unit == 0 ? 0 : 1, noun, DigitStyle.WESTERN);
    }
}
