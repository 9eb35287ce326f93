package com.nashir.arabic;

import java.util.Locale;
import java.util.Objects;

/**
 * The consonant skeleton of a name, the same for its Latin and its Arabic spelling, so a search
 * for "Samsung" can find "سامسونج" and one for "نتفليكس" can find "Netflix": vowels (and the
 * Arabic letters that write them: ا و ي ى ة ء ع ه) are dropped, letters that transliterate each other
 * become one class, and a doubled Latin letter one (not the same letter again after a vowel: Google, غوغل). Classes: B (b p ب), T (t ت ط), S (s c-before-e/i ث س ص),
 * J (j ج), G (g غ ق — Arabic writes g as غ، ج or ق, so ج also yields G), H (h ح خ; kh), D (d ذ د ض ظ th),
 * R (r ر), Z (z ز), X (sh ش), F (f v ph ف ڤ), K (k c q ck ك ق), L (l ل), M (m م), N (n ن), W (w at a
 * syllable start). Latin x is KS. A skeleton shorter than three letters says too little to match on.
 */
public final class ScriptSkeleton {
    private ScriptSkeleton() {}

    /** The skeleton of a Latin or Arabic word (normalized or not); empty when it has no consonant. */
    public static String of(String word) {
        Objects.requireNonNull(word, "word");
        String w = word.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean vowelBetween = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            String k;
            switch (c) {
                case 'b', 'p', '\u0628', '\u067E' -> k = "B";
                case 't' -> {
                    if (next == 'h') {
                        k = "D";
                        i++;
                    } else {
                        k = "T";
                    }
                }
                case '\u062A', '\u0637' -> k = "T";
                case 's' -> {
                    if (next == 'h') {
                        k = "X";
                        i++;
                    } else {
                        k = "S";
                    }
                }
                case '\u062B', '\u0633', '\u0635' -> k = "S";
                case 'c' -> {
                    if (next == 'h') {
                        k = "X";
                        i++;
                    } else if (next == 'k') {
                        k = "K";
                        i++;
                    } else {
                        k = next == 'e' || next == 'i' || next == 'y' ? "S" : "K";
                    }
                }
                case 'j', '\u062C' -> k = "G";
                case 'g', '\u063A' -> k = "G";
                case 'h', '\u062D' -> k = "";
                case 'k' -> {
                    if (next == 'h') {
                        k = "";
                        i++;
                    } else {
                        k = "K";
                    }
                }
                case '\u062E' -> k = "";
                case 'd', '\u062F', '\u0630', '\u0636', '\u0638' -> k = "D";
                case 'r', '\u0631' -> k = "R";
                case 'z', '\u0632' -> k = "Z";
                case '\u0634' -> k = "X";
                case 'f', 'v', '\u0641', '\u06A4' -> k = "F";
                case 'q', '\u0642', '\u0643', '\u06A9' -> k = "K";
                case 'x' -> k = "KS";
                case 'l', '\u0644' -> k = "L";
                case 'm', '\u0645' -> k = "M";
                case 'n', '\u0646' -> k = "N";
                default -> k = "";
            }
            if (c == 'p' && next == 'h') {
                k = "F";
                i++;
            }
            if (k.isEmpty()) {
                vowelBetween = true;
            }
            for (int j = 0; j < k.length(); j++) {
                char letter = k.charAt(j);
                // A doubled Latin letter (ss, ll) is one sound; the same letter again after a vowel (Google,
                // غوغل) is two, and so are two Arabic letters written side by side (تسلل is not تسل).
                boolean doubledLatin = c < 128 && i > 0 && w.charAt(i - 1) == c;
                if (out.length() == 0
                        || out.charAt(out.length() - 1) != letter
                        || vowelBetween
                        || !doubledLatin && c >= 128) {
                    out.append(letter);
                }
                vowelBetween = false;
            }
        }
        return out.toString();
    }

    /** True for a word written in Latin letters (and digits). */
    public static boolean isLatin(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return letter;
    }
}
