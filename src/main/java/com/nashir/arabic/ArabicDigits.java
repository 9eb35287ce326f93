package com.nashir.arabic;

import java.util.Objects;

/**
 * Digit conversion.
 *
 * <ul>
 *   <li>{@link #toEastern}: Western 0-9 become Arabic-Indic ٠-٩; every other character is untouched.</li>
 *   <li>{@link #toWestern}: Arabic-Indic ٠-٩ and Persian (Extended Arabic-Indic) ۰-۹ become 0-9; every
 *       other character is untouched.</li>
 *   <li>{@link #apply}: converts to the digits of a {@link DigitStyle}.</li>
 * </ul>
 *
 * All methods reject null with a {@link NullPointerException}.
 */
public final class ArabicDigits {

    /** ٠ ARABIC-INDIC DIGIT ZERO; ١..٩ follow it. */
    public static final char ARABIC_INDIC_ZERO = '\u0660';
    /** ٩ ARABIC-INDIC DIGIT NINE. */
    public static final char ARABIC_INDIC_NINE = '\u0669';
    /** ۰ EXTENDED ARABIC-INDIC DIGIT ZERO (Persian/Urdu); ۱..۹ follow it. */
    public static final char PERSIAN_ZERO = '\u06F0';
    /** ۹ EXTENDED ARABIC-INDIC DIGIT NINE. */
    public static final char PERSIAN_NINE = '\u06F9';

    private ArabicDigits() {}

    /** 0-9 → ٠-٩; other characters untouched. */
    public static String toEastern(String s) {
        Objects.requireNonNull(s, "s");
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '0' && c <= '9') {
                out[i] = (char) (ARABIC_INDIC_ZERO + (c - '0'));
            }
        }
        return new String(out);
    }

    /** ٠-٩ and ۰-۹ → 0-9; other characters untouched. */
    public static String toWestern(String s) {
        Objects.requireNonNull(s, "s");
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) {
                out[i] = (char) ('0' + (c - ARABIC_INDIC_ZERO));
            } else if (c >= PERSIAN_ZERO && c <= PERSIAN_NINE) {
                out[i] = (char) ('0' + (c - PERSIAN_ZERO));
            }
        }
        return new String(out);
    }

    /** The text with all its Western/Arabic-Indic/Persian digits written in the given style. */
    public static String apply(String s, DigitStyle style) {
        Objects.requireNonNull(style, "style");
        String western = toWestern(s);
        return style == DigitStyle.EASTERN ? toEastern(western) : western;
    }
}
