package com.nashir.wpimport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import org.jsoup.parser.Parser;

/** Small text rules for WordPress values: percent-decoding, dates, plain text, fingerprints. */
final class WpText {
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WpText() {}

    /**
     * Percent-decoded as UTF-8 ("%d8%b3%d9%8a" → "سي"); a "+" stays a plus (WordPress slugs are
     * path segments, not form values), and text that is not validly encoded is kept as it is.
     */
    static String decode(String s) {
        if (s == null || s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        String decoded = out.toString(StandardCharsets.UTF_8);
        return decoded.indexOf('\uFFFD') >= 0 ? s : decoded;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** A "yyyy-MM-dd HH:mm:ss" time in UTC ({@code *_gmt} fields); null for WordPress's "0000-00-00 00:00:00" or junk. */
    static Instant gmt(String s) {
        LocalDateTime t = local(s);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** A local "yyyy-MM-dd HH:mm:ss" time in the given zone; null when missing or zero. */
    static Instant local(String s, ZoneId zone) {
        LocalDateTime t = local(s);
        return t == null ? null : t.atZone(zone).toInstant();
    }

    static LocalDateTime local(String s) {
        if (s == null || s.isBlank() || s.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.strip(), WP_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Text without markup and with entities resolved ("A &amp; <b>B</b>" → "A & B"), spaces folded. */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String s = html.replaceAll("<[^>]*>", " ");
        return Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
    }

    /** A comment's text: line breaks and paragraphs kept as new lines, markup removed, entities resolved. */
    static String commentText(String html) {
        if (html == null) {
            return "";
        }
        String s = html.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</p\\s*>", "\n\n")
                .replaceAll("<[^>]*>", "");
        return Parser.unescapeEntities(s, false).strip();
    }

    /** At most {@code max} characters, cut at a character boundary (a surrogate pair stays whole). */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
        return s.substring(0, end).strip();
    }

    /** SHA-256 of the parts (hex): what an item was when imported, to tell an unchanged one on the next run. */
    static String fingerprint(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update((p == null ? "\u0001" : p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
