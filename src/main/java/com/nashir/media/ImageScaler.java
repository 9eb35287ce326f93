package com.nashir.media;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Smooth downscaling with plain Java2D. A single bicubic step from a large image to a small one
 * samples only a few source pixels per target pixel and shimmers (aliasing); halving repeatedly
 * and finishing with one bicubic step averages every pixel, which is what
 * {@code Image.SCALE_SMOOTH} achieves, at a fraction of its cost.
 */
final class ImageScaler {
    private ImageScaler() {}

    /**
     * The image in a standard pixel layout (RGB, or premultiplied ARGB when it has transparency),
     * upright per its EXIF orientation. Decoders hand back many layouts (CMYK, indexed, 16-bit,
     * ICC colour spaces); drawing into sRGB converts them once, so scaling is fast and exact after.
     */
    static BufferedImage normalize(BufferedImage src, int orientation, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        if (orientation != 1) {
            return ExifOrientation.apply(standard(src, type), orientation, type);
        }
        return standard(src, type);
    }

    private static BufferedImage standard(BufferedImage src, int type) {
        if (src.getType() == type) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(Color.WHITE); // a "transparent" pixel in an opaque image shows as white, not black
                g.fillRect(0, 0, out.getWidth(), out.getHeight());
            } else {
                g.setComposite(AlphaComposite.Src);
            }
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** {@code src} (from {@link #normalize}) scaled down to exactly width × height. */
    static BufferedImage scale(BufferedImage src, int width, int height) {
        BufferedImage current = src;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, Math.max(1, current.getWidth() / 2), Math.max(1, current.getHeight() / 2));
        }
        if (current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage src, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, src.getType());
        Graphics2D g = out.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.setRenderingHint(
                    RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            g.drawImage(src, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** True when some pixel is not fully opaque (an alpha channel alone is not enough: many PNGs carry an unused one). */
    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
