package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each plural pattern, one real word each way (normalized as search takes words: ة → ه, ئ → ء). */
class BrokenPluralPatternsTest {

    private static List<String> singulars(String plural) {
        return BrokenPluralPatterns.singulars(plural).stream()
                .map(BrokenPluralPatterns.Candidate::word)
                .toList();
    }

    private static List<String> plurals(String singular) {
        return BrokenPluralPatterns.plurals(singular).stream()
                .map(BrokenPluralPatterns.Candidate::word)
                .toList();
    }

    @Test
    void fawaail() {
        assertThat(singulars("شوارع")).contains("شارع");
        assertThat(singulars("عواصم")).contains("عاصمه");
        assertThat(plurals("حافز")).contains("حوافز");
    }

    @Test
    void faaail() {
        assertThat(singulars("رساءل")).contains("رساله");
        assertThat(singulars("حقاءب")).contains("حقيبه");
        assertThat(plurals("جاءزه")).isNotNull();
    }

    @Test
    void mafaail() {
        assertThat(singulars("مصانع")).contains("مصنع");
        assertThat(singulars("مدارس")).contains("مدرسه");
        assertThat(plurals("معهد")).contains("معاهد");
    }

    @Test
    void mafaaeel() {
        assertThat(singulars("مشاريع")).contains("مشروع");
        assertThat(plurals("مشروع")).contains("مشاريع");
    }

    @Test
    void faaaleel() {
        assertThat(singulars("تقارير")).contains("تقرير");
        assertThat(singulars("صواريخ")).contains("صاروخ");
        assertThat(plurals("جمهور")).contains("جماهير");
    }

    @Test
    void fuAAal() {
        // فُعّال, the plural of the active participle فاعل (the shadda gone in normalization): both ways.
        assertThat(singulars("حراس")).contains("حارس");
        assertThat(singulars("نقاد")).contains("ناقد");
        assertThat(plurals("حارس")).contains("حراس");
    }

    @Test
    void afaal() {
        assertThat(singulars("اسعار")).contains("سعر");
        assertThat(singulars("اموال")).contains("مال");
        assertThat(plurals("عمر")).contains("اعمار");
    }

    @Test
    void afila() {
        assertThat(singulars("اسلحه")).contains("سلاح");
        assertThat(singulars("ادويه")).contains("دواء");
        assertThat(plurals("سلاح")).contains("اسلحه");
    }

    @Test
    void fuaalaa() {
        assertThat(singulars("وزراء")).contains("وزير");
        assertThat(plurals("خبير")).contains("خبراء");
    }

    @Test
    void fuool_isAmbiguous() {
        assertThat(BrokenPluralPatterns.singulars("جيوش")).contains(new BrokenPluralPatterns.Candidate("جيش", true));
    }

    @Test
    void fial_isAmbiguous() {
        assertThat(BrokenPluralPatterns.singulars("جبال")).contains(new BrokenPluralPatterns.Candidate("جبل", true));
    }

    @Test
    void fala_isAmbiguous() {
        assertThat(BrokenPluralPatterns.singulars("طلبه")).contains(new BrokenPluralPatterns.Candidate("طالب", true));
    }
}
