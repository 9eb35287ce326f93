package com.nashir.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (1–8): phones store pixels as the sensor saw them and say in EXIF
 * how to turn them. Metadata is dropped on re-encoding, so the turn is applied to the pixels
 * instead; otherwise portrait photos would show on their side. Only the one tag is read, by hand,
 * from the APP1 segment before the image data; anything malformed counts as "no turn" (1).
 */
final class ExifOrientation {
    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TYPE_SHORT = 3;

    private ExifOrientation() {}

    /** The orientation in this JPEG's EXIF, or 1 (as stored) when there is none. */
    static int of(byte[] jpeg) {
        int pos = 2; // after SOI
        while (pos + 4 <= jpeg.length) {
            if ((jpeg[pos] & 0xff) != 0xFF) {
                return 1;
            }
            int marker = jpeg[pos + 1] & 0xff;
            if (marker == 0xFF) { // fill byte
                pos++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) { // image data or end: EXIF comes before both
                return 1;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
                pos += 2;
                continue;
            }
            int length = u16(jpeg, pos + 2, false);
            if (length < 2) {
                return 1;
            }
            int start = pos + 4;
            int end = Math.min(jpeg.length, pos + 2 + length);
            if (marker == 0xE1
                    && end - start > 6
                    && jpeg[start] == 'E'
                    && jpeg[start + 1] == 'x'
                    && jpeg[start + 2] == 'i'
                    && jpeg[start + 3] == 'f'
                    && jpeg[start + 4] == 0
                    && jpeg[start + 5] == 0) {
                return fromTiff(jpeg, start + 6, end);
            }
            pos += 2 + length;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = u32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int dir = (int) (tiff + ifd);
        int count = u16(b, dir, little);
        for (int i = 0; i < count; i++) {
            int entry = dir + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == TAG_ORIENTATION && u16(b, entry + 2, little) == TYPE_SHORT) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The image turned and/or mirrored as the orientation says (width and height swap for 5–8). */
    static BufferedImage apply(BufferedImage src, int orientation, int imageType) {
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5 && orientation <= 8;
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirror left-right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // turn 180°
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirror top-bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transpose
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turn 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transverse
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // turn 90° anticlockwise
            default -> new AffineTransform();
        };
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, imageType);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int a = b[at] & 0xff;
        int c = b[at + 1] & 0xff;
        return little ? a | c << 8 : a << 8 | c;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int byteAt = little ? at + 3 - i : at + i;
            v = v << 8 | (b[byteAt] & 0xff);
        }
        return v;
    }
}
