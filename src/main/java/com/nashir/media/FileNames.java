package com.nashir.media;

import java.text.Normalizer;

/**
 * The uploader's file name, cleaned for display in the library ("صورة الميناء.jpg"). It is never
 * used to build a path or an address: stored files are named by {@link MediaKeys}.
 */
final class FileNames {
    static final int MAX = 200;

    private FileNames() {}

    static String clean(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || ".-_() ".indexOf(c) >= 0) {
                sb.appendCodePoint(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                sb.append(' ');
            }
        });
        String cleaned = sb.toString().replaceAll(" {2,}", " ").strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        return cleaned.codePointCount(0, cleaned.length()) <= MAX
                ? cleaned
                : cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX));
    }
}
