package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * In the manner of Lucene's BaseTokenStreamTestCase.assertAnalyzesTo: every form a filter adds
 * stands at its word's position (increment 0) with its word's offsets, so highlighting marks the
 * word as written; the stream honours reset / end (final offset = text length) / close, and is
 * reusable.
 */
class AddedFormsOffsetsTest {
    record Token(String term, int start, int end, int increment) {}

    private final Analyzer indexing = new ArabicSearchAnalyzer(ArabicSearchAnalyzer.Mode.STEMMED);

    @Test
    void tehMarbutaAndPronounFormsKeepTheWordsOffsets() throws IOException {
        assertAddedFormsAlign(indexing, "باعوا سيارتهم أمس", "سيار");
    }

    @Test
    void hamzaSeatFormKeepsTheWordsOffsets() throws IOException {
        assertAddedFormsAlign(indexing, "عن سؤال البيئة", "سوال");
    }

    @Test
    void englishSingularKeepsTheWordsOffsets() throws IOException {
        assertAddedFormsAlign(indexing, "هواتف Androids جديدة", "android");
    }

    @Test
    void markedTanweenKeepsTheWordsOffsets() throws IOException {
        List<Token> tokens = tokens(indexing, "حقق نصراً كبيراً");
        assertThat(tokens).anySatisfy(t -> {
            assertThat(t.term()).isEqualTo("نصر");
            assertThat(t.start()).isEqualTo(4);
            assertThat(t.end()).isEqualTo(9);
        });
    }

    @Test
    void vocabularyFormsKeepTheWordsOffsets() throws IOException {
        Analyzer query = new ArabicSearchAnalyzer(
                ArabicSearchAnalyzer.Mode.STEMMED,
                w -> Map.of("لعمان", List.of("عمان"), "حقيبه", List.of("حقاءب")).getOrDefault(w, List.of()));
        assertAddedFormsAlign(query, "وصل لعمان أمس", "عم");
        assertAddedFormsAlign(query, "حقيبة سفر", "حقاءب");
    }

    /** Every token lies on one word's span; the added form {@code expected} is among them; increments are 1 then 0 within a word. */
    private static void assertAddedFormsAlign(Analyzer analyzer, String text, String expected) throws IOException {
        for (int run = 0; run < 2; run++) { // the second run checks that the reused stream starts clean
            List<Token> tokens = tokens(analyzer, text);
            assertThat(tokens).extracting(Token::term).contains(expected);
            Token first = null;
            for (Token t : tokens) {
                String word = text.substring(t.start(), t.end());
                assertThat(word)
                        .as("token %s covers a whole word", t)
                        .doesNotContain(" ")
                        .isNotEmpty();
                assertThat(t.start() == 0 || text.charAt(t.start() - 1) == ' ')
                        .as("token %s starts at a word", t)
                        .isTrue();
                if (t.increment() == 0) {
                    assertThat(first).as("an added form follows its word").isNotNull();
                    assertThat(t.start()).isEqualTo(first.start());
                    assertThat(t.end()).isEqualTo(first.end());
                } else {
                    assertThat(t.increment()).isPositive();
                    first = t;
                }
            }
        }
    }

    static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increments = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                assertThat(offsets.startOffset()).isLessThanOrEqualTo(offsets.endOffset());
                out.add(new Token(
                        term.toString(),
                        offsets.startOffset(),
                        offsets.endOffset(),
                        increments.getPositionIncrement()));
            }
            ts.end();
            assertThat(offsets.endOffset()).as("final offset").isEqualTo(text.length());
        }
        return out;
    }
}
