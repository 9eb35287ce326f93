package com.nashir.arabic;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * URL slugs that keep Arabic letters. Rules, in order:
 *
 * <ol>
 *   <li>Compatibility forms are unified (Unicode NFKC): decomposed hamza/madda letters are composed
 *       (ا + ٔ → أ), presentation forms become plain letters (ﻻ → لا), full-width Latin becomes ASCII.</li>
 *   <li>Letters are lowercased (Latin "DataNile" → "datanile"; Arabic has no case).</li>
 *   <li>Arabic-Indic ٠-٩ and Persian ۰-۹ digits become 0-9.</li>
 *   <li>Tashkeel is removed: tanween (ً ٌ ٍ), fatha, damma, kasra, shadda, sukun, the other Arabic
 *       combining marks U+0653–U+065F, and the superscript alef ٰ — "تركياً" → "تركيا".</li>
 *   <li>Tatweel ـ is removed — "الـعـربـيـة" → "العربية".</li>
 *   <li>Quotation marks and apostrophes (" ' “ ” ‘ ’ „ ‚ « » ‹ ›) are removed without a trace, so
 *       "O'Reilly" → "oreilly".</li>
 *   <li>Invisible characters (other combining marks, bidi marks, zero-width joiners) are removed.</li>
 *   <li>Letters and digits are kept; every run of anything else — spaces, punctuation such as
 *       ، ؛ ؟ . , : ! ( ) / - _, symbols, emoji — becomes a single "-"; "-" is trimmed from both ends.</li>
 *   <li>A slug longer than {@code maxChars} characters (code points) is cut after the last whole word
 *       that fits; a first word longer than {@code maxChars} on its own is cut inside the word.</li>
 *   <li>Text without any letter or digit gives "".</li>
 * </ol>
 */
public final class ArabicSlugs {

    /** Default maximum slug length in characters. */
    public static final int DEFAULT_MAX_CHARS = 80;

    /** ـ ARABIC TATWEEL (kashida), a modifier letter used only to stretch words. */
    public static final char TATWEEL = '\u0640';
    /** ً ARABIC FATHATAN — first of the harakat block. */
    public static final char FATHATAN = '\u064B';
    /** ٌ ARABIC DAMMATAN. */
    public static final char DAMMATAN = '\u064C';
    /** ٍ ARABIC KASRATAN. */
    public static final char KASRATAN = '\u064D';
    /** َ ARABIC FATHA. */
    public static final char FATHA = '\u064E';
    /** ُ ARABIC DAMMA. */
    public static final char DAMMA = '\u064F';
    /** ِ ARABIC KASRA. */
    public static final char KASRA = '\u0650';
    /** ّ ARABIC SHADDA. */
    public static final char SHADDA = '\u0651';
    /** ْ ARABIC SUKUN. */
    public static final char SUKUN = '\u0652';
    /** ٟ ARABIC WAVY HAMZA BELOW — last of the combining marks that follow sukun (U+0653–U+065F). */
    public static final char WAVY_HAMZA_BELOW = '\u065F';
    /** ٰ ARABIC LETTER SUPERSCRIPT ALEF (dagger alef), as in "هٰذا". */
    public static final char SUPERSCRIPT_ALEF = '\u0670';

    /** Quotation marks and apostrophes, removed without leaving a separator. */
    private static final String QUOTES = "\"'\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB\u2039\u203A";

    private ArabicSlugs() {}

    /** {@link #slugify(String, int)} with at most {@value #DEFAULT_MAX_CHARS} characters. */
    public static String slugify(String text) {
        return slugify(text, DEFAULT_MAX_CHARS);
    }

    /**
     * The URL slug of a text, at most {@code maxChars} characters (see the class rules).
     *
     * @throws IllegalArgumentException when {@code maxChars} is less than 1
     */
    public static String slugify(String text, int maxChars) {
        Objects.requireNonNull(text, "text");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1: " + maxChars);
        }
        String prepared = ArabicDigits.toWestern(
                Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));

        StringBuilder slug = new StringBuilder(prepared.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < prepared.length(); ) {
            int cp = prepared.codePointAt(i);
            i += Character.charCount(cp);
            if (isRemoved(cp)) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSeparator && slug.length() > 0) {
                    slug.append('-');
                }
                pendingSeparator = false;
                slug.appendCodePoint(cp);
            } else {
                pendingSeparator = true;
            }
        }
        return cut(slug.toString(), maxChars);
    }

    /** True for tashkeel: tanween, harakat, shadda, sukun, the marks after them, and superscript alef. */
    static boolean isTashkeel(int cp) {
        return (cp >= FATHATAN && cp <= WAVY_HAMZA_BELOW) || cp == SUPERSCRIPT_ALEF;
    }

    private static boolean isRemoved(int cp) {
        if (isTashkeel(cp) || cp == TATWEEL || QUOTES.indexOf(cp) >= 0) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    /** Whole words (separated by "-") while they fit; a too-long first word is cut inside. */
    private static String cut(String slug, int maxChars) {
        if (slug.codePointCount(0, slug.length()) <= maxChars) {
            return slug;
        }
        int end = slug.offsetByCodePoints(0, maxChars);
        if (slug.charAt(end) == '-') {
            return slug.substring(0, end);
        }
        int lastSeparator = slug.lastIndexOf('-', end - 1);
        return lastSeparator > 0 ? slug.substring(0, lastSeparator) : slug.substring(0, end);
    }
}
