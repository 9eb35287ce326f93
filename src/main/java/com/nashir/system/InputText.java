package com.nashir.system;

/**
 * The one rule for text that enters Nashir (API bodies, forms, comments, WordPress imports) and
 * for text written into XML: characters that have no business in text are dropped, so an invisible
 * U+000B in a headline can no longer break every feed. Dropped: C0 controls except tab, line feed
 * and carriage return; DEL and the C1 controls (U+007F–U+009F); lone surrogates; noncharacters
 * (U+FDD0–U+FDEF and every U+xxFFFE/U+xxFFFF). What is left is also valid XML 1.0.
 *
 * <p>Bidirectional embeddings and overrides (U+202A–U+202E, closed by U+202C) and isolates
 * (U+2066–U+2068, closed by U+2069) are balanced: a closer without an opener is dropped and an
 * opener left open is closed at the end of the text, so a headline or a name cannot reorder the
 * text that follows it on a page.
 */
public final class InputText {
    private static final char PDF = '\u202C';
    private static final char PDI = '\u2069';

    private InputText() {}

    /** The text with the characters above dropped and bidi controls balanced; null stays null. */
    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder open = new StringBuilder(); // closers owed, innermost last
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            i += n;
            if (dropped(cp)) {
                continue;
            }
            if (cp == PDF || cp == PDI) {
                // Closes the innermost opener of its kind (and any isolate inside it, as UBA does), else is dropped.
                int at = open.lastIndexOf(String.valueOf((char) cp));
                if (at < 0) {
                    continue;
                }
                for (int k = open.length() - 1; k > at; k--) {
                    out.append(open.charAt(k));
                }
                open.setLength(at);
            } else if (cp >= 0x202A && cp <= 0x202E) {
                open.append(PDF);
            } else if (cp >= 0x2066 && cp <= 0x2068) {
                open.append(PDI);
            } else if (cp == '\n' || cp == '\r' || cp == 0x2029) {
                // A paragraph ends every embedding: close them before it.
                closeAll(out, open);
            }
            out.appendCodePoint(cp);
        }
        closeAll(out, open);
        return out.toString();
    }

    private static void closeAll(StringBuilder out, StringBuilder open) {
        for (int k = open.length() - 1; k >= 0; k--) {
            out.append(open.charAt(k));
        }
        open.setLength(0);
    }

    /** True when {@link #clean} would return the text unchanged (the common case, checked without copying). */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20
                    ? c != '\t' && c != '\n' && c != '\r'
                    : c >= 0x7F
                            && (c <= 0x9F
                                    || c >= 0x202A && c <= 0x202E
                                    || c >= 0x2066 && c <= 0x2069
                                    || Character.isSurrogate(c)
                                    || c >= 0xFDD0 && c <= 0xFDEF
                                    || c >= 0xFFFE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean dropped(int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\r';
        }
        return cp >= 0x7F && cp <= 0x9F
                || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE // lone: a pair came as one code point
                || cp >= 0xFDD0 && cp <= 0xFDEF
                || (cp & 0xFFFE) == 0xFFFE;
    }
}
