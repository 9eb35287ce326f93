package com.nashir.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.springframework.web.util.HtmlUtils;

/**
 * A sitemap's UTF-8 bytes, written straight into one array: markup as given, text escaped, times as W3C datetimes.
 *
 * <p>Why not an XML writer: a monthly sitemap is a thousand addresses of about 500 ASCII characters (an Arabic slug
 * percent-encoded), and a StAX writer (Woodstox) looked at each of those half a million characters to escape and
 * encode it, a fifth of the file's render at a million articles. Here an address without a character to escape — found
 * by {@link String#indexOf(int)}, which the JVM runs on whole words at once — is copied as the String's bytes: five
 * times faster for the same bytes (measured in docs/performance.md). The grammar of a sitemap is fixed and small;
 * the escaping is the five characters XML reserves.
 */
final class XmlBytes {
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_INSTANT;

    private byte[] bytes;
    private int size;

    XmlBytes(int expectedBytes) {
        bytes = new byte[Math.max(64, expectedBytes)];
    }

    /** Markup made here (element names, the declaration): ASCII, written as it is. */
    XmlBytes markup(String ascii) {
        return append(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Text content, with {@code & < > " '} escaped. The caller has removed what XML forbids ({@link
     * com.nashir.system.InputText#clean}), or made the text of characters XML allows (an address from {@link
     * com.nashir.address.Permalinks}).
     */
    XmlBytes text(String text) {
        if (text.indexOf('&') >= 0
                || text.indexOf('<') >= 0
                || text.indexOf('>') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\'') >= 0) {
            // The five characters only (UTF-8 keeps the rest as it is); its entities are XML's too (' becomes &#39;).
            text = HtmlUtils.htmlEscape(text, "UTF-8");
        }
        return append(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code <name>text</name>}, the text escaped. */
    XmlBytes element(String name, String text) {
        return markup("<")
                .markup(name)
                .markup(">")
                .text(text)
                .markup("</")
                .markup(name)
                .markup(">");
    }

    /** A W3C datetime in UTC to the second, as {@code 2024-06-17T07:30:00Z}. */
    XmlBytes time(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = d.getYear();
        if (year < 1000 || year > 9999) { // signs and widths ISO_INSTANT has rules for
            return markup(w3c(t));
        }
        ensure(20);
        two(year / 100);
        two(year % 100);
        bytes[size++] = '-';
        two(d.getMonthValue());
        bytes[size++] = '-';
        two(d.getDayOfMonth());
        bytes[size++] = 'T';
        two(d.getHour());
        bytes[size++] = ':';
        two(d.getMinute());
        bytes[size++] = ':';
        two(d.getSecond());
        bytes[size++] = 'Z';
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** {@link #time}'s text, by the JDK's formatter. */
    static String w3c(Instant t) {
        return W3C.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    private XmlBytes append(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    private void two(int value) {
        bytes[size++] = (byte) ('0' + value / 10);
        bytes[size++] = (byte) ('0' + value % 10);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
