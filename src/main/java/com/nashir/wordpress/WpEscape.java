package com.nashir.wordpress;

/**
 * WordPress's {@code esc_html}: the plain-text fields WordPress sends escaped ({@code name} and
 * {@code description} of terms, users and the site). Clients such as themes and apps insert these
 * fields as HTML, as WordPress lets them, so a raw {@code <} in a tag name would be markup there.
 */
final class WpEscape {
    private WpEscape() {}

    /** {@code Tom & "Jerry" <b>} → {@code Tom &amp; &quot;Jerry&quot; &lt;b&gt;}; {@code '} → {@code &#039;} as WordPress writes it. */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#039;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
