package com.nashir.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArabicSlugsTest {

    @Test
    void slug_keepsArabicWordsJoinedByHyphens() {
        String slug = ArabicSlugs.slugify("روسيا ترعى اجتماعا عسكريا تركياً مع نظام الأسد لتنشيط “التطبيع”");
        assertThat(slug).isEqualTo("روسيا-ترعى-اجتماعا-عسكريا-تركيا-مع-نظام-الأسد-لتنشيط-التطبيع");
        assertThat(slug.length()).isEqualTo(60).isLessThanOrEqualTo(80);
    }

    @Test
    void slug_mixedArabicLatinAndEasternDigits() {
        assertThat(ArabicSlugs.slugify("شركة DataNile تطلق منصة جديدة ٢٠٢٥"))
                .isEqualTo("شركة-datanile-تطلق-منصة-جديدة-2025");
    }

    @Test
    void slug_dropsTanween() {
        assertThat(ArabicSlugs.slugify("تركياً شكرٌ كتابٍ")).isEqualTo("تركيا-شكر-كتاب");
    }

    @Test
    void slug_dropsHarakatShaddaAndSukun() {
        assertThat(ArabicSlugs.slugify("مُحَمَّدٌ يَدْرُسُ الْعَرَبِيَّةَ")).isEqualTo("محمد-يدرس-العربية");
    }

    @Test
    void slug_dropsSuperscriptAlef() {
        assertThat(ArabicSlugs.slugify("هٰذا الرحمٰن")).isEqualTo("هذا-الرحمن");
    }

    @Test
    void slug_dropsTatweel() {
        assertThat(ArabicSlugs.slugify("الـعـربـيـة جـديـد")).isEqualTo("العربية-جديد");
    }

    @Test
    void slug_dropsQuotesWithoutSplittingWords() {
        assertThat(ArabicSlugs.slugify("«حزب الله» و\"حماس\" و'فتح'")).isEqualTo("حزب-الله-وحماس-وفتح");
        assertThat(ArabicSlugs.slugify("O'Reilly ‘تقرير’")).isEqualTo("oreilly-تقرير");
    }

    @Test
    void slug_arabicPunctuationSeparatesWords() {
        assertThat(ArabicSlugs.slugify("دمشق، حلب؛ حمص؟")).isEqualTo("دمشق-حلب-حمص");
    }

    @Test
    void slug_latinPunctuationSeparatesWords() {
        assertThat(ArabicSlugs.slugify("(عاجل): انفجار! في بيروت.")).isEqualTo("عاجل-انفجار-في-بيروت");
    }

    @Test
    void slug_slashSeparatesWords() {
        assertThat(ArabicSlugs.slugify("11 حزيران/يونيو")).isEqualTo("11-حزيران-يونيو");
    }

    @Test
    void slug_persianDigitsBecomeWestern() {
        assertThat(ArabicSlugs.slugify("سال ۱۴۰۳")).isEqualTo("سال-1403");
    }

    @Test
    void slug_latinLowercased() {
        assertThat(ArabicSlugs.slugify("ChatGPT و OpenAI")).isEqualTo("chatgpt-و-openai");
        assertThat(ArabicSlugs.slugify("İSTANBUL")).isEqualTo("istanbul");
    }

    @Test
    void slug_runOfSeparatorsBecomesOneHyphen() {
        assertThat(ArabicSlugs.slugify("غزة   --  رفح _ 🇸🇾 خان يونس")).isEqualTo("غزة-رفح-خان-يونس");
    }

    @Test
    void slug_trimsHyphens() {
        assertThat(ArabicSlugs.slugify(" - سوريا - ")).isEqualTo("سوريا");
    }

    @Test
    void slug_emptyWithoutLettersOrDigits() {
        assertThat(ArabicSlugs.slugify("؟! … «» — ـــ ً")).isEmpty();
        assertThat(ArabicSlugs.slugify("")).isEmpty();
    }

    @Test
    void slug_composesDecomposedHamza() {
        assertThat(ArabicSlugs.slugify("ا\u0655سلام ا\u0654حمد")).isEqualTo("إسلام-أحمد");
    }

    @Test
    void slug_presentationFormsBecomePlainLetters() {
        assertThat(ArabicSlugs.slugify("\uFEFB \uFE8D\uFEDF\uFEE0\uFEEA")).isEqualTo("لا-الله");
    }

    @Test
    void slug_dropsInvisibleCharacters() {
        assertThat(ArabicSlugs.slugify("\u200Fسوريا\u200E اليوم\u200C\u061C")).isEqualTo("سوريا-اليوم");
    }

    @Test
    void slug_cutsAfterLastWholeWordThatFits() {
        // "الرئيس-يلتقي-وفدا" is 17 characters; adding "-أوروبيا" would make 25.
        assertThat(ArabicSlugs.slugify("الرئيس يلتقي وفدا أوروبيا في دمشق", 20)).isEqualTo("الرئيس-يلتقي-وفدا");
    }

    @Test
    void slug_keepsWordEndingExactlyAtTheLimit() {
        assertThat(ArabicSlugs.slugify("الرئيس يلتقي وفدا أوروبيا", 17)).isEqualTo("الرئيس-يلتقي-وفدا");
        assertThat(ArabicSlugs.slugify("الرئيس يلتقي وفدا أوروبيا", 18)).isEqualTo("الرئيس-يلتقي-وفدا");
    }

    @Test
    void slug_cutsInsideASingleWordLongerThanTheLimit() {
        assertThat(ArabicSlugs.slugify("فاستسقيناكموها اليوم", 5)).isEqualTo("فاستس");
    }

    @Test
    void slug_defaultLimitIs80Characters() {
        String title = "وزير الخارجية السوري يلتقي نظيره التركي في موسكو لبحث ملفات اللاجئين والحدود"
                + " والمعابر والطاقة وإعادة الإعمار بحضور ممثلين عن الأمم المتحدة";
        // The whole slug is 138 characters; the next word "والمعابر" would take it from 76 to 85.
        assertThat(ArabicSlugs.slugify(title))
                .isEqualTo("وزير-الخارجية-السوري-يلتقي-نظيره-التركي-في-موسكو-لبحث-ملفات-اللاجئين-والحدود")
                .hasSize(76);
        assertThat(ArabicSlugs.slugify(title, 1000)).hasSize(138);
    }

    @Test
    void slug_rejectsLimitBelowOne() {
        assertThatThrownBy(() -> ArabicSlugs.slugify("سوريا", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
