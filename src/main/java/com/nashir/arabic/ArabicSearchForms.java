package com.nashir.arabic;

import java.util.Objects;

/**
 * Word-form rules for search that Lucene's Arabic analysis lacks. Each takes one word already
 * normalized the way Lucene's {@code ArabicNormalizer} leaves it (أ إ آ → ا, ى → ي, ة → ه, no
 * tatweel, no diacritics) and returns the form to index, or the word itself when the rule does
 * not apply.
 *
 * <ul>
 *   <li>{@link #foldLetterVariants}: hamza on a seat (ؤ ئ) becomes the bare hamza ء, so مسؤول and
 *       مسئول meet; alef wasla ٱ becomes ا; the superscript alef ◌ٰ is dropped; Persian yeh ی and
 *       keheh ک become ي and ك.</li>
 *   <li>{@link #stripConjunctionBeforeArticle}: و or ف before بال، كال، لل is dropped (وبالتطبيع →
 *       بالتطبيع), so the definite-article prefix underneath can be stemmed.</li>
 *   <li>{@link #stripSingleLetterPrefix}: a preposition ل ب ك ف (optionally after و or ف) is dropped
 *       only when what remains has the shape of a derived noun: تفعيل (ت + four letters or more),
 *       مفعل (م + three or more), استفعال, افتعال, انفعال, إفعال. That is the "dictionary of known
 *       stems" as patterns: لتنشيط → تنشيط, while بوتين، فيدان، لافرنتييف، كانون، لبنان stay whole.</li>
 *   <li>{@link #stripTanweenAlef}: the alef that carries tanween fath at the end of a word of five
 *       letters or more is dropped (اجتماعاً → اجتماع). The same rule brings place names ending in
 *       ـيا to their nisba stem (روسيا → روسي, which the stemmer then meets with الروسي and روسية).
 *       Not after ه (the suffix ـها), و (the verb ending ـوا), ن (ـنا) or ا.</li>
 *   <li>{@link #stripMarkedTanween}: before normalization, a word written with its tanween fath
 *       (نصراً، عيداً، سداً — alef and ◌ً in either order) loses both, however short: the mark proves
 *       the alef is the tanween's, so سداً → سد while سدا, دعا, كندا are left to the vocabulary.</li>
 *   <li>{@link #hamzaOnSeatDropped}: the hamza written as its seat alone, as people type it
 *       (سؤال → سوال, بيئة → بيية, رئيس → رييس), indexed beside the hamza form so both spellings meet.</li>
 *   <li>{@link #withoutPronounSuffix}: the attached pronouns هما، كما، هم، هن، كم، كن، نا that Lucene's
 *       stemmer leaves on a noun (أموالهم → أموال, بيوتنا → بيوت), when at least three letters remain.</li>
 *   <li>{@link #tehMarbutaBeforeSuffix}: a feminine noun's ة is written ت before a pronoun (سيارتها،
 *       شركتهم، ثروتنا); the form with ة (normalized ه) is added: سيارتها → سياره, which stems as السيارة does.</li>
 * </ul>
 */
public final class ArabicSearchForms {
    public static final char ALEF = '\u0627';
    public static final char ALEF_WASLA = '\u0671';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    public static final char HAMZA = '\u0621';
    public static final char WAW_HAMZA = '\u0624';
    public static final char YEH_HAMZA = '\u0626';
    public static final char FARSI_YEH = '\u06CC';
    public static final char KEHEH = '\u06A9';
    public static final char BEH = '\u0628';
    public static final char TEH = '\u062A';
    public static final char SEEN = '\u0633';
    public static final char FEH = '\u0641';
    public static final char KAF = '\u0643';
    public static final char LAM = '\u0644';
    public static final char MEEM = '\u0645';
    public static final char NOON = '\u0646';
    public static final char HEH = '\u0647';
    public static final char WAW = '\u0648';
    public static final char YEH = '\u064A';

    private ArabicSearchForms() {}

    /**
     * The word "or" between alternatives in a search, as people type it: أو, or او without the
     * hamza (the query parser reads it as its "|", like OR).
     */
    public static boolean isOr(String word) {
        return word.equals("أو") || word.equals("او");
    }

    /** ؤ ئ → ء; ٱ → ا; ◌ٰ dropped; ی → ي; ک → ك. */
    public static String foldLetterVariants(String word) {
        Objects.requireNonNull(word, "word");
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char r = switch (c) {
                case WAW_HAMZA, YEH_HAMZA -> HAMZA;
                case ALEF_WASLA -> ALEF;
                case FARSI_YEH -> YEH;
                case KEHEH -> KAF;
                default -> c;
            };
            if (r != c || c == SUPERSCRIPT_ALEF) {
                if (out == null) {
                    out = new StringBuilder(word.length()).append(word, 0, i);
                }
                if (c != SUPERSCRIPT_ALEF) {
                    out.append(r);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? word : out.toString();
    }

    /** وبالتطبيع → بالتطبيع, وللتطبيع → للتطبيع, فكالعادة → كالعادة. */
    public static String stripConjunctionBeforeArticle(String word) {
        Objects.requireNonNull(word, "word");
        if (word.length() < 6 || (word.charAt(0) != WAW && word.charAt(0) != FEH)) {
            return word;
        }
        char a = word.charAt(1), b = word.charAt(2), c = word.charAt(3);
        boolean article = ((a == BEH || a == KAF) && b == ALEF && c == LAM) || (a == LAM && b == LAM);
        return article ? word.substring(1) : word;
    }

    /**
     * لتنشيط → تنشيط, ولتنشيط → تنشيط, بمشاركه → مشاركه, لطلاب → طلاب (a word of {@link BrokenPlurals});
     * بوتين، فيدان، كانون untouched.
     */
    public static String stripSingleLetterPrefix(String word) {
        Objects.requireNonNull(word, "word");
        if (word.length() >= 6
                && (word.charAt(0) == WAW || word.charAt(0) == FEH)
                && isPreposition(word.charAt(1))
                && derivedNounShape(word, 2)) {
            return word.substring(2);
        }
        if (word.length() >= 5
                && (isPreposition(word.charAt(0)) || word.charAt(0) == FEH)
                && derivedNounShape(word, 1)) {
            return word.substring(1);
        }
        // A known word of four letters or more: shorter ones are too often a name (كمال is not ك + مال).
        if (word.length() >= 5
                && (isPreposition(word.charAt(0)) || word.charAt(0) == FEH)
                && BrokenPlurals.knows(word.substring(1))) {
            return word.substring(1);
        }
        return word;
    }

    /** اجتماعا → اجتماع, عسكريا → عسكري, روسيا → روسي; عليها، قالوا، كندا untouched. */
    public static String stripTanweenAlef(String word) {
        Objects.requireNonNull(word, "word");
        int n = word.length();
        if (n < 5 || word.charAt(n - 1) != ALEF) {
            return word;
        }
        char before = word.charAt(n - 2);
        if (before == HEH || before == WAW || before == NOON || before == ALEF) {
            return word;
        }
        return word.substring(0, n - 1);
    }

    public static final char FATHATAN = '\u064B';
    /** Attached pronouns Lucene's light stemmer does not remove (it removes ها and ه), longest first. */
    private static final String[] PRONOUNS = {
        "\u0647\u0645\u0627",
        "\u0643\u0645\u0627",
        "\u0647\u0645",
        "\u0647\u0646",
        "\u0643\u0645",
        "\u0643\u0646",
        "\u0646\u0627"
    };
    /** Every attached pronoun a ت can stand before (ـتها، ـته، ـتهم، ـتنا، ـتك، ـتي …), longest first. */
    private static final String[] AFTER_TEH = {
        "\u0647\u0645\u0627",
        "\u0643\u0645\u0627",
        "\u0647\u0645",
        "\u0647\u0646",
        "\u0643\u0645",
        "\u0643\u0646",
        "\u0646\u0627",
        "\u0647\u0627",
        "\u0647",
        "\u0643",
        "\u064A"
    };

    /** نصراً → نصر, سداً → سد (the tanween written); سدا, كندا untouched. Takes the word before normalization. */
    public static String stripMarkedTanween(String word) {
        Objects.requireNonNull(word, "word");
        int n = word.length();
        if (n >= 4
                && (word.charAt(n - 1) == FATHATAN && word.charAt(n - 2) == ALEF
                        || word.charAt(n - 1) == ALEF && word.charAt(n - 2) == FATHATAN)) {
            return word.substring(0, n - 2);
        }
        return word;
    }

    /** سؤال → سوال, بيئة → بييه (ؤ → و, ئ → ي); the word itself when it has no hamza on a seat. */
    public static String hamzaOnSeatDropped(String word) {
        Objects.requireNonNull(word, "word");
        if (word.indexOf(WAW_HAMZA) < 0 && word.indexOf(YEH_HAMZA) < 0) {
            return word;
        }
        return word.replace(WAW_HAMZA, WAW).replace(YEH_HAMZA, YEH);
    }

    /** اموالهم → اموال, بيوتنا → بيوت, شركتكم → شركت; the word itself when no pronoun ends it or too little would remain. */
    public static String withoutPronounSuffix(String word) {
        Objects.requireNonNull(word, "word");
        for (String suffix : PRONOUNS) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    /** سيارتها → سياره, شركتهم → شركه, ثروتنا → ثروه, مدرسته → مدرسه; بيتها، وقتنا (too short) untouched. */
    public static String tehMarbutaBeforeSuffix(String word) {
        Objects.requireNonNull(word, "word");
        for (String suffix : AFTER_TEH) {
            int teh = word.length() - suffix.length() - 1;
            if (word.endsWith(suffix) && teh >= 3 && word.charAt(teh) == TEH) {
                return word.substring(0, teh) + HEH;
            }
        }
        return word;
    }

    private static boolean isPreposition(char c) {
        return c == LAM || c == BEH || c == KAF;
    }

    /** The remainder of {@code word} from {@code from} looks like a derived noun (see the class notes). */
    private static boolean derivedNounShape(String word, int from) {
        int n = word.length() - from;
        char first = word.charAt(from);
        if (first == ALEF && n >= 2 && word.charAt(from + 1) == LAM) {
            return false; // the definite article: the stemmer's prefixes handle it
        }
        if (first == TEH) {
            return n >= 5;
        }
        if (first == MEEM) {
            return n >= 4;
        }
        if (first == ALEF && n >= 5) {
            boolean istifal = word.charAt(from + 1) == SEEN && word.charAt(from + 2) == TEH;
            boolean iftial = word.charAt(from + 2) == TEH;
            boolean infial = word.charAt(from + 1) == NOON && n >= 6 && word.charAt(word.length() - 2) == ALEF;
            boolean ifal = word.charAt(from + 3) == ALEF;
            return istifal || iftial || infial || ifal;
        }
        return false;
    }
}
