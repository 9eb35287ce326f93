package com.nashir.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a run of Arabic text is read correctly inside a right-to-left page: which pieces must be
 * isolated as left-to-right units, and how its numbers are written in the site's digits. Editorial
 * text is right-to-left as a whole (never {@code dir="auto"}, which lets a first Latin word turn a
 * whole headline around); the Unicode bidi algorithm then gets these pieces wrong, so they are
 * isolated ({@code <bdi dir="ltr">}):
 *
 * <ul>
 *   <li>Addresses and emails: "https://www.apple.com/newsroom/" keeps its last slash at its end
 *       (as a neutral beside Arabic it would jump to the other side). Sentence punctuation after
 *       the address stays outside: "(انظر https://nashir.example/a/12)".</li>
 *   <li>Latin runs: "Samsung Galaxy S24", "IMF", "5G", "AT&T" (words, digits and the joiners
 *       - . ' ’ &amp; + _ / between them, and numbers after a word: "iPhone 15"). Punctuation after the run
 *       is Arabic punctuation and stays outside ("IMF: …" keeps its colon on the left).</li>
 *   <li>Numbers whose parts the algorithm would reverse beside Arabic letters: ranges and phone
 *       numbers ("996-1010" would read "1010-996"), numbers with a leading "+", and with Western
 *       digits a number with "%" ("2%").</li>
 * </ul>
 *
 * With {@link DigitStyle#EASTERN} every number outside addresses and Latin runs is written in
 * Arabic-Indic digits with the Arabic decimal separator ٫, thousands separator ٬ and percent sign ٪:
 * "7.25" → "٧٫٢٥", "40%" → "٤٠٪" (which reads right to left correctly and is not isolated),
 * "1,000" → "١٬٠٠٠". Digits inside Latin runs and addresses stay as written ("COP28", "/a/12"). With
 * {@link DigitStyle#WESTERN} the text's digits stay as the newsroom wrote them (only isolation applies).
 */
public final class BidiRuns {

    /**
     * A piece of text; {@code isolated} pieces are shown as a left-to-right isolate. A {@code numeric}
     * one (a range, a phone number, a percentage) is also shown in its written order character by
     * character: Arabic-Indic digits are Arabic numbers to the bidi algorithm, so even inside a
     * left-to-right isolate "٩٩٦-١٠١٠" would read "١٠١٠-٩٩٦" (CSS {@code unicode-bidi: isolate-override}).
     */
    public record Run(String text, boolean isolated, boolean numeric) {
        public Run(String text, boolean isolated) {
            this(text, isolated, false);
        }
    }

    private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
    private static final String LATIN_WORD =
            DIGIT + "*\\p{IsLatin}[\\p{IsLatin}0-9]*(?:[-.'’&+_/]+[\\p{IsLatin}0-9]+)*";
    /**
     * Every piece starts with one of these characters (the union of the first characters of the
     * alternatives below): a guard that lets the matcher pass over Arabic letters with one class
     * test instead of trying five alternatives at each of them (a long body is mostly Arabic).
     */
    static final String PIECE_START_CLASS = "[A-Za-z0-9._%+\\-\\u0660-\\u0669\\u06F0-\\u06F9\\p{IsLatin}]";

    private static final String PIECE_START = "(?=" + PIECE_START_CLASS + ")";
    private static final Pattern PIECES = Pattern.compile(PIECE_START + "(?:"
            + "(?<url>(?:https?://|www\\.)[^\\s<>\"«»]+)"
            + "|(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})"
            + "|(?<latin>" + LATIN_WORD + "(?:[ \\u00A0]+(?:" + LATIN_WORD + "|" + DIGIT + "+(?:[.,]" + DIGIT + "+)*(?!"
            + DIGIT
            + "|[-\\u2013]|\\p{IsArabic})))*)"
            + "|(?<phone>\\+" + DIGIT + "+(?:[ \\-]" + DIGIT + "+)+)"
            + "|(?<number>\\+?" + DIGIT + "+(?:[.,:/\\-\\u2013]" + DIGIT + "+)*[%\\u066A]?))");
    /** What closes a sentence after an address rather than belonging to it. */
    private static final Pattern URL_TAIL = Pattern.compile("[.,،؛:;!?؟)\\]»'\"]+$");

    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    public static final char ARABIC_PERCENT_SIGN = '\u066A';

    private BidiRuns() {}

    /** The text cut into pieces, isolated and plain, numbers written in {@code digits} (see the class rules). */
    public static List<Run> runs(String text, DigitStyle digits) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(digits, "digits");
        List<Run> out = new ArrayList<>();
        if (!hasAsciiLetterOrDigit(text)) {
            out.add(new Run(text, false));
            return out;
        }
        StringBuilder plain = new StringBuilder();
        Matcher m = PIECES.matcher(text);
        int at = 0;
        int n = text.length();
        // Equivalent to m.find() in a loop, but the characters no piece can start with (most of an
        // Arabic body) are passed over here, and the regex is tried only where a piece may begin.
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            // A code point read whole only where it may be one of two chars (rare letters outside the BMP).
            int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
            if (!mayStartPiece(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                i += Character.charCount(cp);
                continue;
            }
            i = m.end();
            plain.append(text, at, m.start());
            String piece = m.group();
            at = m.end();
            if (m.group("url") != null) {
                Matcher tail = URL_TAIL.matcher(piece);
                String kept = tail.find() ? piece.substring(0, tail.start()) : piece;
                at = m.start() + kept.length();
                isolate(out, plain, kept);
            } else if (m.group("email") != null || m.group("latin") != null) {
                isolate(out, plain, piece);
            } else {
                boolean range = piece.indexOf('-') > 0 || piece.indexOf('\u2013') > 0 || piece.startsWith("+");
                String written = number(piece, digits);
                boolean percentWestern = digits == DigitStyle.WESTERN && piece.endsWith("%");
                if (m.group("phone") != null || range || percentWestern) {
                    isolate(out, plain, written);
                    out.set(out.size() - 1, new Run(written, true, true));
                } else {
                    plain.append(written);
                }
            }
        }
        plain.append(text, at, text.length());
        if (plain.length() > 0) {
            out.add(new Run(plain.toString(), false));
        }
        return out;
    }

    /** The text with its numbers in {@code digits}, nothing isolated: for text that cannot hold markup. */
    public static String digitsForReading(String text, DigitStyle digits) {
        if (digits == DigitStyle.WESTERN) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Run run : runs(text, digits)) {
            out.append(run.text());
        }
        return out.toString();
    }

    /** A number as the style writes it: digits, decimal and thousands separators, percent. */
    static String number(String piece, DigitStyle digits) {
        if (digits == DigitStyle.WESTERN) {
            return piece; // the site's own numbers are written Western; editorial digits stay as the newsroom wrote
            // them
        }
        String western = ArabicDigits.toWestern(piece);
        StringBuilder out = new StringBuilder(western.length());
        for (int i = 0; i < western.length(); i++) {
            char c = western.charAt(i);
            boolean betweenDigits = i > 0
                    && i < western.length() - 1
                    && isAsciiDigit(western.charAt(i - 1))
                    && isAsciiDigit(western.charAt(i + 1));
            if (isAsciiDigit(c)) {
                out.append((char) (ArabicDigits.ARABIC_INDIC_ZERO + (c - '0')));
            } else if (c == '.' && betweenDigits) {
                out.append(ARABIC_DECIMAL_SEPARATOR);
            } else if (c == ',' && betweenDigits) {
                out.append(ARABIC_THOUSANDS_SEPARATOR);
            } else if (c == '%') {
                out.append(ARABIC_PERCENT_SIGN);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void isolate(List<Run> out, StringBuilder plain, String text) {
        if (plain.length() > 0) {
            out.add(new Run(plain.toString(), false));
            plain.setLength(0);
        }
        out.add(new Run(text, true));
    }

    /**
     * Whether a piece may start with this character: the class of {@code PIECE_START}, tested
     * without the regex (ASCII and the Arabic block answered at once; the Unicode script looked up
     * only for the rare other letters).
     */
    static boolean mayStartPiece(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z'
                    || cp >= 'A' && cp <= 'Z'
                    || cp >= '0' && cp <= '9'
                    || cp == '.'
                    || cp == '_'
                    || cp == '%'
                    || cp == '+'
                    || cp == '-';
        }
        if (cp >= ArabicDigits.ARABIC_INDIC_ZERO && cp <= ArabicDigits.ARABIC_INDIC_NINE
                || cp >= ArabicDigits.PERSIAN_ZERO && cp <= ArabicDigits.PERSIAN_NINE) {
            return true;
        }
        if (cp < 0x00AA || cp >= 0x0590 && cp <= 0x08FF) {
            return false; // Latin-1 controls and signs; Hebrew, Arabic and their neighbours
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasAsciiLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9'
                    || c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= 0x00C0 && c < 0x0250
                    || c >= ArabicDigits.ARABIC_INDIC_ZERO && c <= ArabicDigits.ARABIC_INDIC_NINE
                    || c >= ArabicDigits.PERSIAN_ZERO && c <= ArabicDigits.PERSIAN_NINE) {
                return true;
            }
        }
        return false;
    }
}
