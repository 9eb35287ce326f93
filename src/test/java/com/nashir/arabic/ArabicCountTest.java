package com.nashir.arabic;

import static com.nashir.arabic.DigitStyle.EASTERN;
import static com.nashir.arabic.DigitStyle.WESTERN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Arabic number agreement, one rule a test, real nouns of the site. */
class ArabicCountTest {

    @Test
    void oneIsTheSingularWithWahidThatAgreesInGender() {
        assertThat(ArabicCount.of(1, CountedNoun.RESULT, WESTERN)).isEqualTo("نتيجة واحدة");
        assertThat(ArabicCount.of(1, CountedNoun.ARTICLE, EASTERN)).isEqualTo("مقال واحد");
    }

    @Test
    void oneAfterAPrepositionIsTheSingularAlone() {
        assertThat(ArabicCount.after(1, CountedNoun.SECOND, WESTERN)).isEqualTo("ثانية");
    }

    @Test
    void twoIsTheDualWithoutADigit() {
        assertThat(ArabicCount.of(2, CountedNoun.RESULT, EASTERN)).isEqualTo("نتيجتان");
        assertThat(ArabicCount.of(2, CountedNoun.ARTICLE, WESTERN)).isEqualTo("مقالان");
    }

    @Test
    void twoAfterAPrepositionIsTheObliqueDual() {
        assertThat(ArabicCount.after(2, CountedNoun.CHARACTER, WESTERN)).isEqualTo("حرفين");
        assertThat(ArabicCount.after(2, CountedNoun.HOUR, WESTERN)).isEqualTo("ساعتين");
    }

    @Test
    void threeToTenTakeThePlural() {
        assertThat(ArabicCount.of(3, CountedNoun.RESULT, WESTERN)).isEqualTo("3 نتائج");
        assertThat(ArabicCount.of(6, CountedNoun.RESULT, EASTERN)).isEqualTo("٦ نتائج");
        assertThat(ArabicCount.of(10, CountedNoun.LINK, WESTERN)).isEqualTo("10 روابط");
        assertThat(ArabicCount.after(5, CountedNoun.SECOND, WESTERN)).isEqualTo("5 ثوانٍ");
    }

    @Test
    void elevenToNinetyNineTakeTheAccusativeSingularWithTanween() {
        assertThat(ArabicCount.of(11, CountedNoun.ARTICLE, WESTERN)).isEqualTo("11 مقالاً");
        assertThat(ArabicCount.of(25, CountedNoun.ITEM, EASTERN)).isEqualTo("٢٥ عنصراً");
        assertThat(ArabicCount.of(99, CountedNoun.RESULT, WESTERN)).isEqualTo("99 نتيجة");
    }

    @Test
    void hundredsGoByTheirLastTwoDigits() {
        assertThat(ArabicCount.of(100, CountedNoun.ARTICLE, WESTERN)).isEqualTo("100 مقال");
        assertThat(ArabicCount.of(102, CountedNoun.ARTICLE, WESTERN)).isEqualTo("102 مقال");
        assertThat(ArabicCount.of(103, CountedNoun.ARTICLE, WESTERN)).isEqualTo("103 مقالات");
        assertThat(ArabicCount.of(111, CountedNoun.ARTICLE, WESTERN)).isEqualTo("111 مقالاً");
        assertThat(ArabicCount.after(3000, CountedNoun.CHARACTER, EASTERN)).isEqualTo("٣٠٠٠ حرف");
    }

    @Test
    void zeroIsWrittenWithTheSingularAsCldrDoes() {
        assertThat(ArabicCount.of(0, CountedNoun.ARTICLE, WESTERN)).isEqualTo("0 مقال");
    }

    @Test
    void unitsOfMeasureNeverChange() {
        assertThat(ArabicCount.of(1, CountedNoun.MEGABYTE, WESTERN)).isEqualTo("1 ميغابايت");
        assertThat(ArabicCount.of(15, CountedNoun.MEGABYTE, EASTERN)).isEqualTo("١٥ ميغابايت");
    }

    @Test
    void decimalsTakeTheSingularAndTheArabicSeparator() {
        assertThat(ArabicCount.decimal(14.34, 1, CountedNoun.MEGABYTE, WESTERN)).isEqualTo("14.3 ميغابايت");
        assertThat(ArabicCount.decimal(2.5, 1, CountedNoun.SECOND, EASTERN)).isEqualTo("٢٫٥ ثانية");
        assertThat(ArabicCount.decimal(3.0, 1, CountedNoun.SECOND, WESTERN)).isEqualTo("3 ثوانٍ");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> ArabicCount.of(-1, CountedNoun.RESULT, WESTERN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
