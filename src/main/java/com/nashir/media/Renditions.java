package com.nashir.media;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The files made from one upload: responsive widths 320, 640, 1024 and 1600 px, only those
 * narrower than the image (never upscaled), plus the "original", re-encoded at its own width up to
 * 2400 px. All keep the aspect ratio. Each size is scaled from the next larger one, so every step
 * is a small, clean reduction.
 */
final class Renditions {
    static final int[] WIDTHS = {320, 640, 1024, 1600};
    static final int MAX_WIDTH = 2400;

    private Renditions() {}

    /** One encoded file: its pixel size and bytes; {@code original} marks the largest. */
    record Rendition(int width, int height, boolean original, byte[] data) {}

    /** The set of files, all JPEG or all PNG (PNG when the image has transparency). */
    record Encoded(boolean png, List<Rendition> files) {
        String extension() {
            return png ? "png" : "jpg";
        }

        String contentType() {
            return png ? "image/png" : "image/jpeg";
        }
    }

    static Encoded make(ImageDecoder.Decoded decoded) {
        boolean alpha = ImageScaler.hasTransparency(decoded.image());
        BufferedImage upright = ImageScaler.normalize(decoded.image(), decoded.orientation(), alpha);
        // Subsampled decodes are smaller than the real image: sizes follow the real aspect ratio.
        int fullWidth = decoded.width();
        int fullHeight = decoded.height();
        int originalWidth = Math.min(Math.min(fullWidth, MAX_WIDTH), upright.getWidth());

        List<Rendition> files = new ArrayList<>();
        BufferedImage current =
                ImageScaler.scale(upright, originalWidth, heightFor(originalWidth, fullWidth, fullHeight));
        files.add(encode(current, true, alpha));
        for (int i = WIDTHS.length - 1; i >= 0; i--) {
            int w = WIDTHS[i];
            if (w < originalWidth) {
                current = ImageScaler.scale(current, w, heightFor(w, fullWidth, fullHeight));
                files.add(encode(current, false, alpha));
            }
        }
        files.sort((a, b) -> Integer.compare(a.width(), b.width()));
        return new Encoded(alpha, List.copyOf(files));
    }

    static int heightFor(int width, int fullWidth, int fullHeight) {
        return (int) Math.max(1, Math.round((double) fullHeight * width / fullWidth));
    }

    private static Rendition encode(BufferedImage image, boolean original, boolean alpha) {
        byte[] data = alpha ? ImageEncoder.png(image) : ImageEncoder.jpeg(image);
        return new Rendition(image.getWidth(), image.getHeight(), original, data);
    }
}
