package com.nashir.media;

import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns uploaded bytes into pixels, safely. The format comes from the bytes ({@link ImageFormat});
 * the width and height come from the header, read by the format's ImageReader and checked against
 * {@link MediaLimits#MAX_PIXELS} before a single pixel is decoded.
 *
 * <p>Photos over about 24 MP are decoded with source subsampling (every 2nd pixel), so a 45 MP
 * camera file needs a quarter of the heap; the result is still wider than the largest stored size
 * (2400 px) for any ordinary aspect ratio, and is then scaled down smoothly.
 * GIF animations are read as their first frame only.
 */
final class ImageDecoder {
    static final String NOT_AN_IMAGE = Messages.text("media.file.not-an-image");
    static final String UNREADABLE = Messages.text("media.file.unreadable");
    /**
     * The most bytes one decode may produce: a 24 MP photo at 4 bytes a pixel. A file whose pixels
     * take more (more pixels, or 16-bit channels: a 4898×4898 16-bit RGBA PNG is 192 MB decoded
     * from a 186 KB file) is decoded subsampled.
     */
    static final long DECODE_BYTE_BUDGET = 96L << 20;

    private ImageDecoder() {}

    /** What the header says: format and size as stored (before any EXIF turn), and the decoded bytes per pixel. */
    record Header(ImageFormat format, int width, int height, int bytesPerPixel) {
        Header(ImageFormat format, int width, int height) {
            this(format, width, height, 4);
        }

        /** The bytes the decoded image will take (subsampling included). */
        long decodedBytes() {
            int step = subsampling(width, height, bytesPerPixel);
            return (long) Math.ceil((double) width / step) * (long) Math.ceil((double) height / step) * bytesPerPixel;
        }
    }

    /**
     * Decoded pixels as stored (maybe subsampled), the EXIF turn still to apply (1 = none), and the
     * full-size width and height once upright.
     */
    record Decoded(ImageFormat format, BufferedImage image, int orientation, int width, int height) {}

    /** Reads only the header; throws an error naming {@code file} for anything we will not decode. */
    static Header inspect(byte[] bytes) {
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> fileError(NOT_AN_IMAGE));
        ImageReader reader = reader(format);
        try (ImageInputStream in = stream(bytes)) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw fileError(UNREADABLE);
            }
            if ((long) width * height > MediaLimits.MAX_PIXELS) {
                throw fileError(MediaLimits.tooManyPixelsMessage(width, height));
            }
            return new Header(format, width, height, bytesPerPixel(reader));
        } catch (IOException | RuntimeException e) {
            throw e instanceof InvalidInputException invalid ? invalid : fileError(UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    /** Decodes the first image; {@link #inspect} must have accepted the bytes. */
    static Decoded decode(byte[] bytes, Header header) {
        int orientation = header.format() == ImageFormat.JPEG ? ExifOrientation.of(bytes) : 1;
        boolean swap = orientation >= 5;
        int width = swap ? header.height() : header.width();
        int height = swap ? header.width() : header.height();
        ImageReader reader = reader(header.format());
        try (ImageInputStream in = stream(bytes)) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height, header.bytesPerPixel());
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return new Decoded(header.format(), reader.read(0, param), orientation, width, height);
        } catch (IOException | RuntimeException e) {
            throw fileError(UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    /**
     * 1 while the decoded pixels fit {@link #DECODE_BYTE_BUDGET} (photos up to about 24 MP at 4 bytes
     * a pixel); else every 2nd (3rd …) pixel. Point subsampling can alias fine patterns a little,
     * which is the price of bounded memory for the rare huge file.
     */
    static int subsampling(int width, int height, int bytesPerPixel) {
        double bytes = (double) width * height * Math.max(1, bytesPerPixel);
        return bytes <= DECODE_BYTE_BUDGET ? 1 : (int) Math.ceil(Math.sqrt(bytes / DECODE_BYTE_BUDGET));
    }

    static int subsampling(int width, int height) {
        return subsampling(width, height, 4);
    }

    /** Bytes a decoded pixel takes in the reader's own image type (8 for 16-bit RGBA); 4 when it does not say. */
    private static int bytesPerPixel(ImageReader reader) {
        try {
            var types = reader.getImageTypes(0);
            if (types != null && types.hasNext()) {
                int bits = types.next().getColorModel().getPixelSize();
                return Math.max(1, (bits + 7) / 8);
            }
        } catch (IOException | RuntimeException e) {
            // the decode itself will tell whether the file is readable
        }
        return 4;
    }

    private static ImageReader reader(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            throw fileError(NOT_AN_IMAGE);
        }
        return readers.next();
    }

    private static ImageInputStream stream(byte[] bytes) {
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
    }

    static InvalidInputException fileError(String message) {
        return new InvalidInputException("file", message);
    }
}
