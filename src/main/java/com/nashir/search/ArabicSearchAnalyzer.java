package com.nashir.search;

import com.nashir.arabic.ArabicSearchForms;
import com.nashir.arabic.BrokenPlurals;
import com.nashir.arabic.ScriptSkeleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Nashir's Arabic analysis, built from Lucene's components plus the rules in
 * {@link ArabicSearchForms}. Every chain starts the same way: Unicode word tokens (Latin words
 * and acronyms too), lower case, every decimal digit (Eastern Arabic, Persian) as 0-9, Lucene's
 * normalization (hamza on alef, alef maqsura, teh marbuta, tatweel, diacritics), then the letter
 * variants Lucene leaves (ؤ ئ ٱ ی ک). Then, by {@link Mode}:
 *
 * <ul>
 *   <li>{@code STEMMED} (text fields, index and query alike): stop words out; و/ف before an
 *       article prefix dropped; a single-letter prefix form added beside the word (both are kept,
 *       so a wrong guess costs nothing); tanween alef dropped; a bare word starting with و also
 *       as if it had the article (the stemmer then keeps its و: وزير meets الوزير); Lucene's light
 *       stemmer; the
 *       singular's stem added beside a broken plural's ({@link BrokenPlurals}: الوزراء → وزير);
 *       duplicates at one position removed.</li>
 *   <li>{@code WORDS} (spelling suggestions): normalized words, no stemming, stop words kept.</li>
 *   <li>{@code PREFIXES} (autocomplete over headlines): normalized words plus the same word
 *       without its prefixes, so "تطب" finds "التطبيع" while the ending is still being typed.</li>
 * </ul>
 */
final class ArabicSearchAnalyzer extends Analyzer {
    enum Mode {
        STEMMED,
        WORDS,
        PREFIXES
    }

    /** Lucene's Arabic stop words, normalized like the tokens they are compared with. */
    static final CharArraySet STOP_WORDS = normalizedStopWords();

    private static final NormalizeCharMap COLON_AS_SPACE = colonAsSpace();

    /** Stems of a broken plural → stems of its singular ({@link BrokenPlurals}, stemmed as this chain stems). */
    private static final Map<String, List<String>> SINGULAR_STEMS = singularStems();

    private final Mode mode;
    /** Query time only: the forms the index's vocabulary decides ({@link QueryVocabulary}); null when indexing. */
    private final Function<String, List<String>> vocabulary;

    ArabicSearchAnalyzer(Mode mode) {
        this(mode, null);
    }

    ArabicSearchAnalyzer(Mode mode, Function<String, List<String>> vocabulary) {
        this.mode = mode;
        this.vocabulary = vocabulary;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(64);
        TokenStream ts = normalized(source, mode == Mode.STEMMED);
        switch (mode) {
            case STEMMED -> {
                if (vocabulary != null) {
                    ts = new AlternativeFormsFilter(ts, vocabulary);
                }
                ts = new StopFilter(ts, STOP_WORDS);
                ts = new WordMappingFilter(ts, ArabicSearchForms::stripConjunctionBeforeArticle);
                ts = new AlternativeFormsFilter(ts, w -> List.of(ArabicSearchForms.stripSingleLetterPrefix(w)));
                ts = new AlternativeFormsFilter(
                        ts,
                        w -> List.of(
                                ArabicSearchForms.withoutPronounSuffix(w),
                                ArabicSearchForms.tehMarbutaBeforeSuffix(w)));
                ts = new WordMappingFilter(ts, ArabicSearchForms::stripTanweenAlef);
                ts = new AlternativeFormsFilter(ts, ArabicSearchAnalyzer::wawKept);
                ts = new AlternativeFormsFilter(ts, ArabicSearchAnalyzer::englishSingular);
                ts = new ArabicStemFilter(ts);
                ts = new AlternativeFormsFilter(ts, ArabicSearchAnalyzer::singularStem);
                ts = new RemoveDuplicatesTokenFilter(ts);
            }
            case PREFIXES -> {
                ts = new WordMappingFilter(ts, ArabicSearchForms::stripConjunctionBeforeArticle);
                ts = new AlternativeFormsFilter(ts, ArabicSearchAnalyzer::withoutPrefixes);
            }
            case WORDS -> {}
        }
        return new TokenStreamComponents(source, ts);
    }

    /**
     * Between the values of one field (the parts of {@code text}): a phrase never runs from the
     * end of the headline into the start of the summary.
     */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    /** A colon joins letters in Unicode word rules ("headline:تطبيع" would be one word); here it separates. */
    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return new MappingCharFilter(COLON_AS_SPACE, reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalized(in, false);
    }

    /**
     * Lower case, digits 0-9, a written tanween fath dropped with its alef (before normalization
     * removes the mark that proves it), Lucene's normalization, then the letter variants; for
     * the stemmed text also the hamza written as its bare seat (سؤال → سوال) beside the word.
     */
    private static TokenStream normalized(TokenStream in, boolean hamzaSeats) {
        TokenStream ts = new LowerCaseFilter(in);
        ts = new DecimalDigitFilter(ts);
        ts = new WordMappingFilter(ts, ArabicSearchForms::stripMarkedTanween);
        ts = new ArabicNormalizationFilter(ts);
        if (hamzaSeats) {
            ts = new AlternativeFormsFilter(ts, w -> List.of(ArabicSearchForms.hamzaOnSeatDropped(w)));
        }
        return new WordMappingFilter(ts, ArabicSearchForms::foldLetterVariants);
    }

    /** Androids → android, batteries → battery (Lucene's minimal English plural rule), for Latin words only. */
    static List<String> englishSingular(String word) {
        if (word.length() < 4 || !ScriptSkeleton.isLatin(word)) {
            return List.of();
        }
        char[] chars = word.toCharArray();
        int len = new EnglishMinimalStemmer().stem(chars, chars.length);
        if (len < chars.length) {
            return List.of(new String(chars, 0, len));
        }
        // Lucene keeps "-us" (bus, virus); an acronym's plural (GPUs, CPUs) ends so too: the singular is searched
        // beside it.
        return word.endsWith("us") ? List.of(word.substring(0, word.length() - 1)) : List.of();
    }

    private static List<String> singularStem(String stem) {
        return SINGULAR_STEMS.getOrDefault(stem, List.of());
    }

    /**
     * Lucene's stemmer reads a bare word's first و as the conjunction and drops it, but keeps it
     * after the article: وزير → زير, الوزير → وزير, so وزير would never find الوزير. The bare word
     * is therefore also indexed (and searched) as if it carried the article, which keeps its و:
     * وزير gives زير and وزير, and meets الوزير and والوزير. Words the stemmer leaves alone (three
     * letters) and وال... (handled as a prefix) are not touched.
     */
    static List<String> wawKept(String word) {
        if (word.length() >= 4 && word.charAt(0) == '\u0648' && !word.startsWith("\u0648\u0627\u0644")) {
            return List.of("\u0627\u0644" + word);
        }
        return List.of();
    }

    /** A dictionary word as the STEMMED chain leaves it: normalized, letter variants folded, stemmed. */
    static String stem(String word) {
        char[] chars = normalizedWord(word).toCharArray();
        int len = new ArabicStemmer().stem(chars, chars.length);
        return new String(chars, 0, len);
    }

    /** Both ways a word can stem (bare, and as {@link #wawKept} keeps it) to both ways its singular can. */
    private static Map<String, List<String>> singularStems() {
        Map<String, List<String>> stems = new HashMap<>();
        BrokenPlurals.SINGULARS.forEach((plural, singular) -> {
            Set<String> singulars = stems(singular);
            for (String p : stems(plural)) {
                List<String> others =
                        singulars.stream().filter(s -> !s.equals(p)).toList();
                if (!others.isEmpty()) {
                    stems.put(p, others);
                }
            }
        });
        return Map.copyOf(stems);
    }

    private static Set<String> stems(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(stem(word));
        String normalized = normalizedWord(word);
        wawKept(normalized).forEach(w -> out.add(stem(w)));
        return out;
    }

    private static String normalizedWord(String word) {
        char[] chars = word.toCharArray();
        int len = new ArabicNormalizer().normalize(chars, chars.length);
        return ArabicSearchForms.foldLetterVariants(new String(chars, 0, len));
    }

    private static List<String> withoutPrefixes(String word) {
        List<String> forms = new ArrayList<>(2);
        char[] chars = word.toCharArray();
        int len = new ArabicStemmer().stemPrefix(chars, chars.length);
        forms.add(new String(chars, 0, len));
        forms.add(ArabicSearchForms.stripSingleLetterPrefix(word));
        return forms;
    }

    /**
     * A colon separates words here; the Arabic decimal and thousands separators and percent sign
     * become "." "," "%" so ٧٫٢٥ is the token 7.25 and ١٬٠٠٠ is 1,000, as when written with Western digits.
     */
    private static NormalizeCharMap colonAsSpace() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add(":", " ");
        map.add("\u066B", ".");
        map.add("\u066C", ",");
        map.add("\u066A", "%");
        return map.build();
    }

    private static CharArraySet normalizedStopWords() {
        CharArraySet set = new CharArraySet(200, false);
        ArabicNormalizer normalizer = new ArabicNormalizer();
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            char[] chars = (char[]) word;
            char[] copy = chars.clone();
            int len = normalizer.normalize(copy, copy.length);
            set.add(ArabicSearchForms.foldLetterVariants(new String(copy, 0, len)));
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
