package com.nashir.arabic;

import static com.nashir.arabic.ArabicSearchForms.foldLetterVariants;
import static com.nashir.arabic.ArabicSearchForms.stripConjunctionBeforeArticle;
import static com.nashir.arabic.ArabicSearchForms.stripSingleLetterPrefix;
import static com.nashir.arabic.ArabicSearchForms.stripTanweenAlef;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rule, one real word (inputs are as Lucene's ArabicNormalizer leaves them: ة → ه, أ → ا). */
class ArabicSearchFormsTest {

    @Test
    void fold_hamzaOnWawBecomesBareHamza() {
        assertThat(foldLetterVariants("مسؤول")).isEqualTo("مسءول");
    }

    @Test
    void fold_hamzaOnYehBecomesBareHamza_soBothSpellingsMeet() {
        assertThat(foldLetterVariants("مسئول")).isEqualTo(foldLetterVariants("مسؤول"));
        assertThat(foldLetterVariants("شئون")).isEqualTo(foldLetterVariants("شؤون"));
    }

    @Test
    void fold_alefWaslaBecomesAlef() {
        assertThat(foldLetterVariants("ٱلله")).isEqualTo("الله");
    }

    @Test
    void fold_superscriptAlefIsDropped() {
        assertThat(foldLetterVariants("هٰذا")).isEqualTo("هذا");
    }

    @Test
    void fold_persianYehAndKehehBecomeArabic() {
        assertThat(foldLetterVariants("کوردی")).isEqualTo("كوردي");
    }

    @Test
    void fold_leavesOtherWordsAsTheyAre() {
        String word = "حميميم";
        assertThat(foldLetterVariants(word)).isSameAs(word);
    }

    @Test
    void conjunction_beforeBiAlIsDropped() {
        assertThat(stripConjunctionBeforeArticle("وبالتطبيع")).isEqualTo("بالتطبيع");
    }

    @Test
    void conjunction_beforeLil_isDropped() {
        assertThat(stripConjunctionBeforeArticle("وللتطبيع")).isEqualTo("للتطبيع");
    }

    @Test
    void conjunction_fa_beforeKaAlIsDropped() {
        assertThat(stripConjunctionBeforeArticle("فكالعاده")).isEqualTo("كالعاده");
    }

    @Test
    void conjunction_wordsThatOnlyBeginWithWawStay() {
        assertThat(stripConjunctionBeforeArticle("وليد")).isEqualTo("وليد");
        assertThat(stripConjunctionBeforeArticle("والتطبيع")).isEqualTo("والتطبيع"); // the stemmer's own prefix
    }

    @Test
    void singleLetter_lamBeforeTafeelIsDropped() {
        assertThat(stripSingleLetterPrefix("لتنشيط")).isEqualTo("تنشيط");
    }

    @Test
    void singleLetter_wawLamBeforeTafeelAreDropped() {
        assertThat(stripSingleLetterPrefix("ولتنشيط")).isEqualTo("تنشيط");
    }

    @Test
    void singleLetter_behBeforeMufaalaIsDropped() {
        assertThat(stripSingleLetterPrefix("بمشاركه")).isEqualTo("مشاركه");
    }

    @Test
    void singleLetter_kafBeforeMufaalaIsDropped() {
        assertThat(stripSingleLetterPrefix("كمفاوضات")).isEqualTo("مفاوضات");
    }

    @Test
    void singleLetter_fehBeforeTafeelIsDropped() {
        assertThat(stripSingleLetterPrefix("فتطبيع")).isEqualTo("تطبيع");
    }

    @Test
    void singleLetter_beforeAKnownPluralOrSingularIsDropped() {
        assertThat(stripSingleLetterPrefix("لطلاب")).isEqualTo("طلاب");
        assertThat(stripSingleLetterPrefix("بمدارس")).isEqualTo("مدارس");
        assertThat(stripSingleLetterPrefix("للوزراء")).isEqualTo("للوزراء"); // the article's لل: the stemmer's job
        assertThat(stripSingleLetterPrefix("كمال")).isEqualTo("كمال"); // مال is known, but three letters are too few
    }

    @Test
    void brokenPluralsKnowTheirWordsNormalized() {
        assertThat(BrokenPlurals.knows("اسعار")).isTrue(); // أسعار
        assertThat(BrokenPlurals.knows("مدرسه")).isTrue(); // مدرسة
        assertThat(BrokenPlurals.knows("أسعار")).isFalse(); // not normalized
        assertThat(BrokenPlurals.SINGULARS).containsEntry("وزراء", "وزير").doesNotContainKey("علماء");
    }

    @Test
    void singleLetter_lamBeforeIftialIsDropped() {
        assertThat(stripSingleLetterPrefix("لاجتماع")).isEqualTo("اجتماع");
    }

    @Test
    void singleLetter_lamBeforeIstifalIsDropped() {
        assertThat(stripSingleLetterPrefix("لاستضافه")).isEqualTo("استضافه");
    }

    @Test
    void singleLetter_behBeforeIfalIsDropped() {
        assertThat(stripSingleLetterPrefix("باطلاق")).isEqualTo("اطلاق");
    }

    @Test
    void singleLetter_behBeforeInfialIsDropped() {
        assertThat(stripSingleLetterPrefix("بانسحاب")).isEqualTo("انسحاب");
    }

    @Test
    void singleLetter_namesThatBeginWithThoseLettersStay() {
        assertThat(stripSingleLetterPrefix("بوتين")).isEqualTo("بوتين");
        assertThat(stripSingleLetterPrefix("فيدان")).isEqualTo("فيدان");
        assertThat(stripSingleLetterPrefix("لافرنتييف")).isEqualTo("لافرنتييف");
        assertThat(stripSingleLetterPrefix("كانون")).isEqualTo("كانون");
        assertThat(stripSingleLetterPrefix("لبنان")).isEqualTo("لبنان");
        assertThat(stripSingleLetterPrefix("بغداد")).isEqualTo("بغداد");
        assertThat(stripSingleLetterPrefix("فلسطين")).isEqualTo("فلسطين");
        assertThat(stripSingleLetterPrefix("باكستان")).isEqualTo("باكستان");
    }

    @Test
    void singleLetter_wordsWhoseFirstLetterIsTheRootStay() {
        assertThat(stripSingleLetterPrefix("كمال")).isEqualTo("كمال");
        assertThat(stripSingleLetterPrefix("لاعبين")).isEqualTo("لاعبين");
        assertThat(stripSingleLetterPrefix("بترول")).isEqualTo("بترول");
        assertThat(stripSingleLetterPrefix("فاطمه")).isEqualTo("فاطمه");
    }

    @Test
    void singleLetter_definiteArticleIsLeftToTheStemmer() {
        assertThat(stripSingleLetterPrefix("بالتطبيع")).isEqualTo("بالتطبيع");
    }

    @Test
    void tanween_alefAfterTheWordIsDropped() {
        assertThat(stripTanweenAlef("اجتماعا")).isEqualTo("اجتماع");
    }

    @Test
    void tanween_adjectiveLosesItsAlef() {
        assertThat(stripTanweenAlef("عسكريا")).isEqualTo("عسكري");
    }

    @Test
    void tanween_placeNameInYaBecomesItsNisbaStem() {
        assertThat(stripTanweenAlef("روسيا")).isEqualTo("روسي");
    }

    @Test
    void tanween_pronounAndVerbEndingsAndShortWordsStay() {
        assertThat(stripTanweenAlef("عليها")).isEqualTo("عليها");
        assertThat(stripTanweenAlef("قالوا")).isEqualTo("قالوا");
        assertThat(stripTanweenAlef("حكومتنا")).isEqualTo("حكومتنا");
        assertThat(stripTanweenAlef("كندا")).isEqualTo("كندا");
    }

    @Test
    void markedTanween_shortWordLosesAlefAndMark() {
        assertThat(ArabicSearchForms.stripMarkedTanween("نصراً")).isEqualTo("نصر");
        assertThat(ArabicSearchForms.stripMarkedTanween("سداً")).isEqualTo("سد");
        assertThat(ArabicSearchForms.stripMarkedTanween("عيدًا")).isEqualTo("عيد");
    }

    @Test
    void markedTanween_unmarkedAlefIsLeftToTheVocabulary() {
        assertThat(ArabicSearchForms.stripMarkedTanween("سدا")).isEqualTo("سدا");
        assertThat(ArabicSearchForms.stripMarkedTanween("كندا")).isEqualTo("كندا");
    }

    @Test
    void hamzaSeat_wawHamzaWrittenAsWaw() {
        assertThat(ArabicSearchForms.hamzaOnSeatDropped("سؤال")).isEqualTo("سوال");
    }

    @Test
    void hamzaSeat_yehHamzaWrittenAsYeh() {
        assertThat(ArabicSearchForms.hamzaOnSeatDropped("بيئه")).isEqualTo("بييه");
        assertThat(ArabicSearchForms.hamzaOnSeatDropped("رئيس")).isEqualTo("رييس");
    }

    @Test
    void pronounSuffix_hum() {
        assertThat(ArabicSearchForms.withoutPronounSuffix("اموالهم")).isEqualTo("اموال");
    }

    @Test
    void pronounSuffix_naAndKumAndHuma() {
        assertThat(ArabicSearchForms.withoutPronounSuffix("بيوتنا")).isEqualTo("بيوت");
        assertThat(ArabicSearchForms.withoutPronounSuffix("مدارسكم")).isEqualTo("مدارس");
        assertThat(ArabicSearchForms.withoutPronounSuffix("كتابهما")).isEqualTo("كتاب");
    }

    @Test
    void pronounSuffix_tooShortAWordStaysWhole() {
        assertThat(ArabicSearchForms.withoutPronounSuffix("حكم")).isEqualTo("حكم");
        assertThat(ArabicSearchForms.withoutPronounSuffix("هنا")).isEqualTo("هنا");
    }

    @Test
    void tehMarbuta_writtenTehBeforeAPronoun() {
        assertThat(ArabicSearchForms.tehMarbutaBeforeSuffix("سيارتها")).isEqualTo("سياره");
        assertThat(ArabicSearchForms.tehMarbutaBeforeSuffix("شركتهم")).isEqualTo("شركه");
        assertThat(ArabicSearchForms.tehMarbutaBeforeSuffix("ثروتنا")).isEqualTo("ثروه");
        assertThat(ArabicSearchForms.tehMarbutaBeforeSuffix("مدرسته")).isEqualTo("مدرسه");
    }

    @Test
    void tehMarbuta_aRootTehOfAShortWordStays() {
        assertThat(ArabicSearchForms.tehMarbutaBeforeSuffix("بيتها")).isEqualTo("بيتها");
        assertThat(ArabicSearchForms.tehMarbutaBeforeSuffix("وقتنا")).isEqualTo("وقتنا");
    }
}
