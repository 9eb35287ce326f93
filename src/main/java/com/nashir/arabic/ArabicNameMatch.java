package com.nashir.arabic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Matching a typed fragment against a name (an author, a desk, a tag, a headline) the way people
 * type Arabic: without hamza or diacritics, with ه for ة and ي for ى. Both sides are folded by
 * {@link #fold}, then every word of the query must begin a word of the name (or, from its third
 * letter, occur inside one), in any order: "احمد" finds "أحمد الشامي", "شامي" finds it too,
 * "مكتب بيروت" finds "مكتب بيروت".
 *
 * <ul>
 *   <li>Alef forms أ إ آ ٱ → ا; hamza on a seat ؤ → و, ئ → ي; ى → ي; ة → ه; ی → ي; ک → ك.</li>
 *   <li>Tashkeel, superscript alef, tatweel ـ and other non-spacing or format marks are dropped.</li>
 *   <li>Arabic-Indic and Persian digits become 0–9; Latin letters are lower-cased.</li>
 * </ul>
 */
public final class ArabicNameMatch {
    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char WAW_HAMZA = '\u0624';
    public static final char WAW = '\u0648';
    public static final char YEH_HAMZA = '\u0626';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char FARSI_YEH = '\u06CC';
    public static final char YEH = '\u064A';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char KEHEH = '\u06A9';
    public static final char KAF = '\u0643';
    public static final char TATWEEL = '\u0640';

    private ArabicNameMatch() {}

    /** The name as compared: "مُؤتمرُ الأطبّاء" → "موتمر الاطباء", "Al-Jazeera" → "al-jazeera". */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        String western = ArabicDigits.toWestern(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(western.length());
        western.codePoints().forEach(cp -> {
            if (cp == TATWEEL
                    || ArabicSlugs.isTashkeel(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.FORMAT) {
                return;
            }
            int r = switch (cp) {
                case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> ALEF;
                case WAW_HAMZA -> WAW;
                case YEH_HAMZA, ALEF_MAKSURA, FARSI_YEH -> YEH;
                case TEH_MARBUTA -> HEH;
                case KEHEH -> KAF;
                default -> Character.isWhitespace(cp) ? ' ' : cp;
            };
            out.appendCodePoint(r);
        });
        return out.toString().strip().replaceAll(" {2,}", " ");
    }

    /** True when every word of {@code query} begins a word of {@code name} (or, three letters or more, lies inside one). */
    public static boolean matches(String name, String query) {
        String[] words = fold(name).split("[\\s\\-_،,]+");
        String q = fold(query);
        if (q.isEmpty()) {
            return true;
        }
        for (String part : q.split("[\\s\\-_،,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            boolean found = Arrays.stream(words)
                    .anyMatch(w -> w.startsWith(part)
                            || w.startsWith("ال" + part)
                            || (part.length() >= 3 && w.contains(part)));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** For ordering matches: 0 when the name itself begins with the query, 1 otherwise. */
    public static int rank(String name, String query) {
        return fold(name).startsWith(fold(query)) ? 0 : 1;
    }
}
