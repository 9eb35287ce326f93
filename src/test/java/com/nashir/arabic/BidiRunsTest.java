package com.nashir.arabic;

import static com.nashir.arabic.DigitStyle.EASTERN;
import static com.nashir.arabic.DigitStyle.WESTERN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pieces of Arabic text read left to right, one rule a test. */
class BidiRunsTest {

    private static List<String> isolated(String text, DigitStyle digits) {
        return BidiRuns.runs(text, digits).stream()
                .filter(BidiRuns.Run::isolated)
                .map(BidiRuns.Run::text)
                .toList();
    }

    private static String joined(String text, DigitStyle digits) {
        return String.join(
                "", BidiRuns.runs(text, digits).stream().map(BidiRuns.Run::text).toList());
    }

    @Test
    void arabicTextAloneIsOneRun() {
        assertThat(BidiRuns.runs("الاقتصاد السوري ينكمش", WESTERN))
                .containsExactly(new BidiRuns.Run("الاقتصاد السوري ينكمش", false));
    }

    @Test
    void aLatinWordIsIsolatedAndItsColonStaysArabic() {
        assertThat(isolated("IMF: الاقتصاد السوري ينكمش", WESTERN)).containsExactly("IMF");
    }

    @Test
    void aLatinNameOfSeveralWordsIsOneRun() {
        assertThat(isolated("أطلقت Samsung Galaxy S24 Ultra اليوم", WESTERN))
                .containsExactly("Samsung Galaxy S24 Ultra");
        assertThat(isolated("هاتف iPhone 15 الجديد", WESTERN)).containsExactly("iPhone 15");
    }

    @Test
    void anAddressKeepsItsLastSlashAndLeavesTheSentencePunctuationOut() {
        assertThat(isolated("انظر https://www.apple.com/newsroom/.", WESTERN))
                .containsExactly("https://www.apple.com/newsroom/");
    }

    @Test
    void anEmailIsIsolated() {
        assertThat(isolated("راسلونا على news@nashir.example اليوم", WESTERN)).containsExactly("news@nashir.example");
    }

    @Test
    void aRangeOrPhoneNumberIsIsolatedSoItsPartsKeepTheirOrder() {
        assertThat(isolated("الصفحات 996-1010 من التقرير", WESTERN)).containsExactly("996-1010");
        assertThat(isolated("اتصلوا على +963 11 123 4567", WESTERN)).containsExactly("+963 11 123 4567");
    }

    @Test
    void aWesternPercentIsIsolated() {
        assertThat(isolated("ينكمش 2% في 2024", WESTERN)).containsExactly("2%");
    }

    @Test
    void plainNumbersNeedNoIsolation() {
        assertThat(isolated("في عام 2024 بلغ 7.25 مليار", WESTERN)).isEmpty();
    }

    @Test
    void easternDigitsUseTheArabicDecimalSeparatorAndPercentSign() {
        assertThat(joined("بلغ 7.25 مليار بنسبة 40%", EASTERN)).isEqualTo("بلغ ٧٫٢٥ مليار بنسبة ٤٠٪");
        assertThat(isolated("بنسبة 40%", EASTERN)).isEmpty();
    }

    @Test
    void easternDigitsUseTheArabicThousandsSeparator() {
        assertThat(joined("1,000 متظاهر", EASTERN)).isEqualTo("١٬٠٠٠ متظاهر");
    }

    @Test
    void easternRangesAreStillIsolated() {
        assertThat(isolated("الصفحات 996-1010", EASTERN)).containsExactly("٩٩٦-١٠١٠");
    }

    @Test
    void digitsInsideLatinRunsAndAddressesStayWestern() {
        assertThat(joined("قمة COP28 على https://nashir.example/a/12 في 2023", EASTERN))
                .isEqualTo("قمة COP28 على https://nashir.example/a/12 في ٢٠٢٣");
    }

    @Test
    void westernStyleLeavesTheNewsroomsDigitsAsWritten() {
        assertThat(joined("عام ٢٠٢٥ و2026", WESTERN)).isEqualTo("عام ٢٠٢٥ و2026");
    }

    @Test
    void digitsForReadingConvertsWithoutIsolating() {
        assertThat(BidiRuns.digitsForReading("حاول بعد 5 ثوانٍ", EASTERN)).isEqualTo("حاول بعد ٥ ثوانٍ");
        assertThat(BidiRuns.digitsForReading("حاول بعد 5 ثوانٍ", WESTERN)).isEqualTo("حاول بعد 5 ثوانٍ");
    }
}
