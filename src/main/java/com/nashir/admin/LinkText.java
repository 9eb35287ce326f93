package com.nashir.admin;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * A link as a person reads it in the newsroom: percent-escapes decoded (an Arabic slug shows as
 * Arabic, not as eight lines of %D8%B1…), the scheme left out, and cut to one line with "…".
 * The full address stays in the href and the title.
 */
public final class LinkText {
    static final int MAX = 60;

    private LinkText() {}

    /** "https://example.org/news/7/%D8%B9%D8%A7%D8%AC%D9%84" → "example.org/news/7/عاجل". */
    public static String readable(String url) {
        if (url == null) {
            return "";
        }
        String text;
        try {
            text = UriUtils.decode(url, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            text = url;
        }
        text = text.replaceFirst("^(?i)https?://(www\\.)?", "");
        return text.codePointCount(0, text.length()) <= MAX
                ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX - 1)) + "…";
    }
}
