package com.nashir.search;

import java.util.List;

/**
 * Text with the words that matched the query marked: a headline or a snippet. Kept as parts, so
 * a template escapes each part and wraps the marked ones in {@code <mark>} without ever trusting
 * HTML; {@link #html()} does the same for the JSON API.
 */
public record MarkedText(List<Part> parts) {

    public record Part(String text, boolean marked) {}

    public static MarkedText plain(String text) {
        return new MarkedText(text == null || text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public boolean hasMarks() {
        return parts.stream().anyMatch(Part::marked);
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    /** HTML-escaped text with {@code <mark>} around the matches. */
    public String html() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p.marked()) {
                out.append("<mark>");
            }
            escape(p.text(), out);
            if (p.marked()) {
                out.append("</mark>");
            }
        }
        return out.toString();
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
