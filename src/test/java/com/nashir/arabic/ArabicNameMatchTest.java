package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNameMatchTest {

    @Test
    void fold_dropsHamzaSeatsDiacriticsAndTatweel() {
        assertThat(ArabicNameMatch.fold("مُؤتمرُ الأطبّاء")).isEqualTo("موتمر الاطباء");
        assertThat(ArabicNameMatch.fold("إبراهيم")).isEqualTo("ابراهيم");
        assertThat(ArabicNameMatch.fold("مصطفى")).isEqualTo("مصطفي");
        assertThat(ArabicNameMatch.fold("فاطمة")).isEqualTo("فاطمه");
        assertThat(ArabicNameMatch.fold("عـــاجل")).isEqualTo("عاجل");
        assertThat(ArabicNameMatch.fold("كأس ٢٠٢٦")).isEqualTo("كاس 2026");
    }

    @Test
    void matches_wordStartsInAnyOrder() {
        assertThat(ArabicNameMatch.matches("أحمد الشامي", "احمد")).isTrue();
        assertThat(ArabicNameMatch.matches("أحمد الشامي", "شامي")).isTrue();
        assertThat(ArabicNameMatch.matches("أحمد الشامي", "الشامي أحمد")).isTrue();
        assertThat(ArabicNameMatch.matches("فاطمة الزهراء", "فاطمه")).isTrue();
        assertThat(ArabicNameMatch.matches("مكتب بيروت", "بير")).isTrue();
        assertThat(ArabicNameMatch.matches("أحمد الشامي", "محمد")).isFalse();
        assertThat(ArabicNameMatch.matches("Reuters", "reu")).isTrue();
    }

    @Test
    void matches_insideAWordFromThreeLetters() {
        assertThat(ArabicNameMatch.matches("الانتخابات البرلمانية", "خابات")).isTrue();
        assertThat(ArabicNameMatch.matches("الانتخابات البرلمانية", "خا")).isFalse();
    }

    @Test
    void rank_putsNamesThatBeginWithTheQueryFirst() {
        assertThat(ArabicNameMatch.rank("أحمد الشامي", "احم")).isZero();
        assertThat(ArabicNameMatch.rank("سارة أحمد", "احم")).isOne();
    }
}
