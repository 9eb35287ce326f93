package com.nashir.format;

import com.nashir.arabic.BidiRuns;
import com.nashir.arabic.DigitStyle;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Editorial text made ready to read in a right-to-left page ({@link BidiRuns}): pieces that must
 * read left to right wrapped in {@code <bdi dir="ltr">}, numbers in the site's digits. Works on
 * plain text (a headline, which it escapes) and on sanitized HTML (a body: only text between tags
 * changes; {@code code}, {@code pre}, {@code kbd}, {@code samp}, {@code script}, {@code style} and
 * {@code textarea} are left as they are, and so is an element marked {@code translate="no"}: text
 * not to be localized, such as the settings page's sample of Western digits). {@link #digitsInPage}
 * is the same digit rule over a whole page, for the text a person reads in it.
 */
public final class ReadingText {
    static final String OPEN = "<bdi dir=\"ltr\">";
    /** A number read in its written order (site.css: unicode-bidi: isolate-override), see {@link BidiRuns.Run}. */
    static final String OPEN_NUMBER = "<bdi dir=\"ltr\" class=\"num\">";

    static final String CLOSE = "</bdi>";
    /** Elements whose text is code or input, never rewritten. */
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea");
    /** Attributes a person reads (tooltips, alternative text, hints, labels). */
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "data-none");

    private ReadingText() {}

    /** Plain text → escaped HTML with isolates and digits per style. */
    public static String text(String plain, DigitStyle digits) {
        StringBuilder out = new StringBuilder(plain.length() + 16);
        appendText(out, plain, digits, true);
        return out.toString();
    }

    /** Sanitized HTML → the same HTML with isolates and digits per style in its text. */
    public static String html(String html, DigitStyle digits) {
        return rewrite(html, digits, true);
    }

    /** A whole page with the numbers of its text (and read attributes) in {@code digits}; markup otherwise untouched. */
    public static String digitsInPage(String page, DigitStyle digits) {
        return rewrite(page, digits, false);
    }

    private static String rewrite(String html, DigitStyle digits, boolean isolate) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            if (textEnd > i) {
                String raw = html.substring(i, textEnd);
                appendText(out, raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, false), digits, isolate);
            }
            if (lt < 0) {
                break;
            }
            int gt = tagEnd(html, lt);
            String tag = html.substring(lt, gt);
            String name = tagName(tag);
            if (!isolate && !name.isEmpty() && tag.charAt(1) != '/') {
                tag = readAttributes(tag, digits);
            }
            out.append(tag);
            i = gt;
            boolean asWritten = tag.contains(" translate=\"no\"");
            if ((VERBATIM.contains(name) || asWritten) && tag.charAt(1) != '/' && !tag.endsWith("/>")) {
                int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                int end = close < 0 ? n : close;
                out.append(html, i, end);
                i = end;
            }
        }
        return out.toString();
    }

    private static void appendText(StringBuilder out, String text, DigitStyle digits, boolean isolate) {
        if (!isolate) {
            String converted = BidiRuns.digitsForReading(text, digits);
            escape(out, converted);
            return;
        }
        for (BidiRuns.Run run : BidiRuns.runs(text, digits)) {
            if (run.isolated()) {
                out.append(run.numeric() ? OPEN_NUMBER : OPEN);
                escape(out, run.text());
                out.append(CLOSE);
            } else {
                escape(out, run.text());
            }
        }
    }

    /** The end of the tag starting at {@code lt} (after its '>'), quoted attribute values skipped. */
    private static int tagEnd(String html, int lt) {
        if (html.startsWith("<!--", lt)) {
            int end = html.indexOf("-->", lt + 4);
            return end < 0 ? html.length() : end + 3;
        }
        char quote = 0;
        for (int j = lt + 1; j < html.length(); j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
        return html.length();
    }

    private static String tagName(String tag) {
        int start = tag.startsWith("</") ? 2 : 1;
        int end = start;
        while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '-')) {
            end++;
        }
        return tag.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The tag with the digits of its read attributes' values (double-quoted, as jte writes them) per style. */
    private static String readAttributes(String tag, DigitStyle digits) {
        for (String attribute : READ_ATTRIBUTES) {
            String marker = " " + attribute + "=\"";
            int at = tag.indexOf(marker);
            if (at < 0) {
                continue;
            }
            int start = at + marker.length();
            int end = tag.indexOf('"', start);
            if (end < 0) {
                continue;
            }
            String value = tag.substring(start, end);
            StringBuilder converted = new StringBuilder();
            escape(converted, BidiRuns.digitsForReading(Parser.unescapeEntities(value, true), digits));
            if (!converted.toString().equals(value)) {
                tag = tag.substring(0, start) + converted + tag.substring(end);
            }
        }
        return tag;
    }

    /** Appends {@code s} escaped for HTML text and attributes: the stretches between special characters in one copy each. */
    static void escape(StringBuilder out, String s) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String entity = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(s, from, i).append(entity);
                from = i + 1;
            }
        }
        out.append(s, from, s.length());
    }
}
