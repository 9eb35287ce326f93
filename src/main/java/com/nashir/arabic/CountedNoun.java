package com.nashir.arabic;

import java.util.Objects;

/**
 * A noun as Arabic counts it, in the five written forms number agreement needs (see
 * {@link ArabicCount}), and its gender (for "واحد" / "واحدة" after the singular). Forms are written
 * without diacritics except the tanween fath on the alef of the accusative ("مقالاً"), which is
 * the one mark Arabic news text writes.
 *
 * @param singular    one, and the hundreds (100–102, 200, 1000…): "نتيجة", "مقال"
 * @param dual        two, nominative: "نتيجتان", "مقالان"
 * @param dualOblique two, genitive and accusative (after منذ، بعد، من، إلى…): "نتيجتين", "مقالين"
 * @param plural      3–10 (and 103–110…): "نتائج", "مقالات"
 * @param accusative  11–99 (and 111–199…), the singular in the accusative: "نتيجة", "مقالاً"
 * @param feminine    whether "one" is "واحدة" (نتيجة واحدة) rather than "واحد" (مقال واحد)
 * @param measure     a unit of measure written after every number unchanged ("1 ميغابايت", "15 ميغابايت"),
 *                    as CLDR's Arabic unit patterns do for such borrowed units
 */
public record CountedNoun(
        String singular,
        String dual,
        String dualOblique,
        String plural,
        String accusative,
        boolean feminine,
        boolean measure) {

    public static final CountedNoun RESULT = feminine("نتيجة", "نتيجتان", "نتيجتين", "نتائج", "نتيجة");
    public static final CountedNoun ARTICLE = masculine("مقال", "مقالان", "مقالين", "مقالات", "مقالاً");
    public static final CountedNoun IMAGE = feminine("صورة", "صورتان", "صورتين", "صور", "صورة");
    public static final CountedNoun ITEM = masculine("عنصر", "عنصران", "عنصرين", "عناصر", "عنصراً");
    public static final CountedNoun COMMENT = masculine("تعليق", "تعليقان", "تعليقين", "تعليقات", "تعليقاً");
    public static final CountedNoun LINK = masculine("رابط", "رابطان", "رابطين", "روابط", "رابطاً");
    public static final CountedNoun SIZE = masculine("مقاس", "مقاسان", "مقاسين", "مقاسات", "مقاساً");
    public static final CountedNoun WORD = feminine("كلمة", "كلمتان", "كلمتين", "كلمات", "كلمة");
    /** A written character (letters, spaces and marks alike), as limits on text count them. */
    public static final CountedNoun CHARACTER = masculine("حرف", "حرفان", "حرفين", "أحرف", "حرفاً");

    public static final CountedNoun TAG = masculine("وسم", "وسمان", "وسمين", "وسوم", "وسماً");
    public static final CountedNoun WARNING = masculine("تنبيه", "تنبيهان", "تنبيهين", "تنبيهات", "تنبيهاً");
    public static final CountedNoun SECOND = feminine("ثانية", "ثانيتان", "ثانيتين", "ثوانٍ", "ثانية");
    public static final CountedNoun MINUTE = feminine("دقيقة", "دقيقتان", "دقيقتين", "دقائق", "دقيقة");
    public static final CountedNoun HOUR = feminine("ساعة", "ساعتان", "ساعتين", "ساعات", "ساعة");
    public static final CountedNoun DAY = masculine("يوم", "يومان", "يومين", "أيام", "يوماً");
    public static final CountedNoun WEEK = masculine("أسبوع", "أسبوعان", "أسبوعين", "أسابيع", "أسبوعاً");
    public static final CountedNoun MONTH = masculine("شهر", "شهران", "شهرين", "أشهر", "شهراً");
    public static final CountedNoun YEAR = feminine("سنة", "سنتان", "سنتين", "سنوات", "سنة");
    public static final CountedNoun PIXEL = unit("بكسل");
    public static final CountedNoun MEGABYTE = unit("ميغابايت");
    public static final CountedNoun MEGAPIXEL = unit("ميغابكسل");

    public CountedNoun {
        Objects.requireNonNull(singular, "singular");
        Objects.requireNonNull(dual, "dual");
        Objects.requireNonNull(dualOblique, "dualOblique");
        Objects.requireNonNull(plural, "plural");
        Objects.requireNonNull(accusative, "accusative");
    }

    public static CountedNoun masculine(
            String singular, String dual, String dualOblique, String plural, String accusative) {
        return new CountedNoun(singular, dual, dualOblique, plural, accusative, false, false);
    }

    public static CountedNoun feminine(
            String singular, String dual, String dualOblique, String plural, String accusative) {
        return new CountedNoun(singular, dual, dualOblique, plural, accusative, true, false);
    }

    /** A unit of measure: the same word after every number, and the number always written. */
    public static CountedNoun unit(String word) {
        return new CountedNoun(word, word, word, word, word, false, true);
    }
}
