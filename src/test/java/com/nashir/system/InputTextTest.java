package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {
    @Test
    void controlCharactersAreDroppedButTabAndLineBreaksStay() {
        assertThat(InputText.clean("خبر\u000B عاجل\u0001\u0000")).isEqualTo("خبر عاجل");
        assertThat(InputText.clean("سطر\nسطر\tعمود\r\n")).isEqualTo("سطر\nسطر\tعمود\r\n");
        assertThat(InputText.clean("a\u007F\u0085\u009Fb")).isEqualTo("ab");
    }

    @Test
    void loneSurrogatesAndNoncharactersAreDroppedPairsStay() {
        assertThat(InputText.clean("a\uD800b\uDC00c")).isEqualTo("abc");
        assertThat(InputText.clean("😀")).isEqualTo("😀");
        assertThat(InputText.clean("a\uFFFE\uFFFF\uFDD0b" + new String(Character.toChars(0x1FFFF))))
                .isEqualTo("ab");
    }

    @Test
    void anUnclosedOverrideIsClosedAtTheEnd() {
        assertThat(InputText.clean("عنوان \u202Eمقلوب")).isEqualTo("عنوان \u202Eمقلوب\u202C");
        assertThat(InputText.clean("\u2067اسم")).isEqualTo("\u2067اسم\u2069");
        assertThat(InputText.clean("سطر \u202Bأول\nثان")).isEqualTo("سطر \u202Bأول\u202C\nثان");
    }

    @Test
    void aCloserWithoutAnOpenerIsDropped() {
        assertThat(InputText.clean("أ\u202Cب\u2069ج")).isEqualTo("أبج");
        assertThat(InputText.clean("\u202Bأ\u202C ب")).isEqualTo("\u202Bأ\u202C ب");
        assertThat(InputText.clean("\u202B\u2066أ\u202C")).isEqualTo("\u202B\u2066أ\u2069\u202C");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "نص عادي مع 123 و\ttab";
        assertThat(InputText.clean(text)).isSameAs(text);
        assertThat(InputText.clean(null)).isNull();
    }
}
