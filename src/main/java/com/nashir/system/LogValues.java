package com.nashir.system;

/**
 * A value a client sent, made safe to write into a log line or an audit row: line breaks and
 * other control characters are written as escapes (so no one can forge a log line), and it is cut
 * to {@link #MAX} characters (so no one can fill the disk with a 30 MB "login").
 */
public final class LogValues {
    public static final int MAX = 120;

    private LogValues() {}

    /** {@code "ali\nFORGED"} → {@code "ali\\nFORGED"}; longer than {@link #MAX} → cut, with "…(N chars)". */
    public static String safe(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX) + 16);
        int i = 0;
        for (; i < value.length() && out.length() < MAX; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20
                            || (c >= 0x7f && c < 0xa0)
                            || c == '\u2028'
                            || c == '\u2029'
                            || Character.isSurrogate(c) && !paired(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (i < value.length()) {
            out.append("…(").append(value.length()).append(" chars)");
        }
        return out.toString();
    }

    private static boolean paired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
