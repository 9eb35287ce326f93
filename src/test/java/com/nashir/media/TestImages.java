package com.nashir.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small images made in the test, so no binary fixtures are needed. */
final class TestImages {
    /** A 1×1 lossless WebP (the JDK cannot write WebP, so this one is spelled out). */
    static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestImages() {}

    /** An opaque photo-like picture: a diagonal gradient. */
    static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(230, 180, 60)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Left half red, right half blue: shows which way an image was turned. */
    static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** A logo-like picture: a red disc on a fully transparent background. */
    static BufferedImage transparentLogo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) {
        return encode(photo(width, height), "jpg");
    }

    /**
     * A JPEG as a phone makes it: its JFIF header replaced by an EXIF APP1 segment that holds an
     * orientation, an image description and a GPS position (33°30'12.34"N).
     */
    static byte[] jpegWithExif(BufferedImage image, int orientation, String description) {
        byte[] plain = encode(image, "jpg");
        int app0Length = (plain[4] & 0xff) << 8 | (plain[5] & 0xff);
        int rest = 2 + 2 + app0Length;
        byte[] exif = exifSegment(orientation, description);
        ByteBuffer out = ByteBuffer.allocate(2 + exif.length + plain.length - rest);
        out.put(plain, 0, 2).put(exif).put(plain, rest, plain.length - rest);
        return out.array();
    }

    private static byte[] exifSegment(int orientation, String description) {
        byte[] desc = (description + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int descAt = ifd0 + 2 + 3 * 12 + 4;
        int gpsAt = descAt + desc.length + (desc.length % 2);
        int latAt = gpsAt + 2 + 2 * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(latAt + 24).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(desc.length).putInt(descAt); // ImageDescription
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt); // GPS IFD pointer
        tiff.putInt(0);
        tiff.position(descAt);
        tiff.put(desc);
        tiff.position(gpsAt);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latAt); // GPSLatitude
        tiff.putInt(0);
        tiff.position(latAt);
        tiff.putInt(33).putInt(1).putInt(30).putInt(1).putInt(1234).putInt(100);
        byte[] body = tiff.array();

        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length).order(ByteOrder.BIG_ENDIAN);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
        return segment.array();
    }

    /** A PNG that is only a header claiming width × height, with no pixel data: a few dozen bytes. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A JPEG that is only SOI and a frame header claiming width × height. */
    static byte[] jpegHeaderOnly(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(2 + 2 + 17 + 2);
        b.put((byte) 0xFF).put((byte) 0xD8);
        b.put((byte) 0xFF)
                .put((byte) 0xC0)
                .putShort((short) 17)
                .put((byte) 8)
                .putShort((short) height)
                .putShort((short) width)
                .put((byte) 3);
        for (int c = 1; c <= 3; c++) {
            b.put((byte) c).put((byte) 0x11).put((byte) 0);
        }
        b.put((byte) 0xFF).put((byte) 0xD9);
        return b.array();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
