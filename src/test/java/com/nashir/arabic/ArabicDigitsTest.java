package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArabicDigitsTest {

    @Test
    void toEastern_writesArabicIndicDigits() {
        assertThat(ArabicDigits.toEastern("0123456789")).isEqualTo("٠١٢٣٤٥٦٧٨٩");
    }

    @Test
    void toEastern_leavesOtherCharactersUntouched() {
        assertThat(ArabicDigits.toEastern("قتل 12 شخصاً في حلب (GMT+3)")).isEqualTo("قتل ١٢ شخصاً في حلب (GMT+٣)");
    }

    @Test
    void toWestern_readsArabicIndicDigits() {
        assertThat(ArabicDigits.toWestern("عام ٢٠٢٤")).isEqualTo("عام 2024");
    }

    @Test
    void toWestern_readsPersianDigits() {
        assertThat(ArabicDigits.toWestern("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
    }

    @Test
    void toWestern_leavesOtherCharactersUntouched() {
        assertThat(ArabicDigits.toWestern("سوريا 2024، ٫ ,")).isEqualTo("سوريا 2024، ٫ ,");
    }

    @Test
    void apply_writesEveryDigitInTheStyle() {
        String mixed = "1 و٢ و۳";
        assertThat(ArabicDigits.apply(mixed, DigitStyle.WESTERN)).isEqualTo("1 و2 و3");
        assertThat(ArabicDigits.apply(mixed, DigitStyle.EASTERN)).isEqualTo("١ و٢ و٣");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> ArabicDigits.toEastern(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ArabicDigits.toWestern(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ArabicDigits.apply("1", null)).isInstanceOf(NullPointerException.class);
    }
}
