package com.nashir.media;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes pixels as a new file with no metadata at all: nothing of the upload's EXIF (camera serial,
 * GPS position, time), XMP, ICC profile or comments survives, because only the pixels are passed
 * to the writer. JPEG for opaque images (quality 0.82, progressive), PNG for transparent ones.
 */
final class ImageEncoder {
    static final float JPEG_QUALITY = 0.82f;

    private ImageEncoder() {}

    static byte[] jpeg(BufferedImage rgb) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return write(writer, param, rgb);
    }

    static byte[] png(BufferedImage argbPre) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        return write(writer, writer.getDefaultWriteParam(), straightAlpha(argbPre));
    }

    private static byte[] write(ImageWriter writer, ImageWriteParam param, BufferedImage image) {
        var bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode image", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** PNG stores straight (not premultiplied) alpha. */
    private static BufferedImage straightAlpha(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_INT_ARGB) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
