package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The analysis chain: which spellings end up as the same indexed term. */
class ArabicSearchAnalyzerTest {
    private final Analyzer stemmed = new ArabicSearchAnalyzer(ArabicSearchAnalyzer.Mode.STEMMED);

    @Test
    void definiteArticleAndConjunctionsMeet() {
        assertSameTerms("تطبيع", "التطبيع", "والتطبيع", "بالتطبيع", "للتطبيع", "وبالتطبيع", "وللتطبيع", "فالتطبيع");
    }

    @Test
    void hamzaOnAlefAndNoHamzaMeet() {
        assertSameTerms("اردوغان", "أردوغان", "إردوغان", "آردوغان");
    }

    @Test
    void hamzaOnWawAndOnYehMeet() {
        assertSameTerms("مسؤول", "مسئول");
    }

    @Test
    void diacriticsAndTatweelAreIgnored() {
        assertSameTerms("المنتخب", "المُنتخَبُ", "المنتخـــب");
    }

    @Test
    void alefMaqsuraAndYehMeet() {
        assertSameTerms("موسيقى", "موسيقي");
    }

    @Test
    void tehMarbutaAndHehMeet() {
        assertSameTerms("الإسكندرية", "الاسكندريه");
    }

    @Test
    void easternAndPersianDigitsAreWestern() {
        assertThat(terms("٢٠٢٥")).containsExactly("2025");
        assertThat(terms("۲۰۲۵")).containsExactly("2025");
    }

    @Test
    void singleLetterPrefixAddsTheBareWordBesideTheWrittenOne() {
        assertThat(terms("لتنشيط")).contains("تنشيط");
        assertThat(terms("تنشيط")).containsExactly("تنشيط");
    }

    @Test
    void namesBeginningWithPrefixLettersKeepOneForm() {
        // One term each (Lucene's light stemmer still trims its suffixes, the same way for the query).
        assertThat(terms("بوتين")).singleElement().asString().startsWith("بوت");
        assertThat(terms("فيدان")).singleElement().asString().startsWith("فيد");
        assertThat(terms("لافرنتييف")).containsExactly("لافرنتييف");
        assertThat(terms("كانون")).singleElement().asString().startsWith("كان");
    }

    @Test
    void tanweenAlefMeetsTheBareNoun() {
        assertSameTerms("اجتماع", "اجتماعاً", "اجتماعا");
    }

    @Test
    void countryMeetsItsNisbaAdjective() {
        assertSameTerms("روسيا", "الروسي", "روسية", "الروسية");
    }

    @Test
    void pluralsAndFeminineEndingsMeetTheStem() {
        assertSameTerms("مفاوضات", "المفاوضات", "مفاوضة");
    }

    @Test
    void latinWordsAreLowerCased() {
        assertThat(terms("DataNile IMF")).containsExactly("datanile", "imf");
    }

    @Test
    void stopWordsAreDropped() {
        assertThat(terms("في من على")).isEmpty();
    }

    @Test
    void addedFormsStandAtTheSamePosition() throws IOException {
        try (TokenStream ts = stemmed.tokenStream("body", "لتنشيط مسار")) {
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            List<Integer> increments = new ArrayList<>();
            while (ts.incrementToken()) {
                increments.add(pos.getPositionIncrement());
            }
            ts.end();
            assertThat(increments).containsExactly(1, 0, 1);
        }
    }

    @Test
    void prefixModeFindsWordsByTheirStartWithoutTheArticle() {
        Analyzer prefixes = new ArabicSearchAnalyzer(ArabicSearchAnalyzer.Mode.PREFIXES);
        assertThat(terms(prefixes, "التطبيع")).contains("التطبيع", "تطبيع");
    }

    private void assertSameTerms(String... words) {
        List<String> first = terms(words[0]);
        assertThat(first).isNotEmpty();
        for (String w : words) {
            assertThat(terms(w)).as(w).containsAnyElementsOf(first);
        }
    }

    private List<String> terms(String text) {
        return terms(stemmed, text);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
