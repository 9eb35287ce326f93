package com.nashir.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The image formats a newsroom may upload, recognised by their first bytes (magic numbers) only:
 * a file's name and the content type its sender claims are never trusted, because both are
 * whatever the client says. Anything else (SVG, which can carry scripts, TIFF, HEIC, text renamed
 * .jpg) is not one of these and is refused.
 */
enum ImageFormat {
    JPEG("jpeg"),
    PNG("png"),
    GIF("gif"),
    WEBP("webp");

    private final String readerName;

    ImageFormat(String readerName) {
        this.readerName = readerName;
    }

    /** The ImageIO format name whose reader decodes it. */
    String readerName() {
        return readerName;
    }

    /** The format these bytes start with, if it is one we accept. */
    static Optional<ImageFormat> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
