package com.nashir.search;

import com.nashir.arabic.ArabicSearchForms;
import com.nashir.arabic.BrokenPluralPatterns;
import com.nashir.arabic.BrokenPlurals;
import com.nashir.arabic.ScriptSkeleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The forms of a query word that only the index's own vocabulary can decide (the WORDS field:
 * every normalized word of every article, with how many articles hold it). Each is searched beside
 * the word as typed:
 *
 * <ul>
 *   <li>a single-letter preposition ل ب ك ف (or و/ف before one): لعمان also searches عمان when
 *       the index knows عمان and it is more common than لعمان; and the other way, عمان also searches
 *       the prefixed forms the index has that are rarer than it (بعمان، لعمان). بوتين, فيدان, لبنان
 *       stay whole: وتين, يدان, بنان are not more common words there.</li>
 *   <li>the tanween alef of a short word written without its mark: سدا ↔ سد, likewise decided by
 *       which is the known, more common word.</li>
 *   <li>broken plurals by pattern ({@link BrokenPluralPatterns}): a candidate singular or plural
 *       counts only when the index has it in some form (its stem is in the stemmed text); one from a shape that many
 *       singulars share only when it is at least as common as the word typed.</li>
 *   <li>a name in the other script ({@link Skeletons}): Samsung ↔ سامسونج.</li>
 * </ul>
 *
 * One per search (lookups are cached for its words); not thread-safe.
 */
final class QueryVocabulary {
    private static final char[] PREPOSITIONS = {'\u0644', '\u0628', '\u0643', '\u0641'};
    private static final String ARTICLE = "\u0627\u0644";
    /** Singulars that are also common other words: a pattern must not lead to them (see BrokenPlurals). */
    private static final Set<String> NOT_SINGULARS = Set.of(
            "\u0639\u0627\u0645",
            "\u0639\u0627\u0644\u0645",
            "\u0639\u0642\u062F",
            "\u062D\u0642",
            "\u062F\u064A\u0646",
            "\u0643\u062A\u0628",
            "\u0641\u0631\u0642",
            "\u0642\u0628\u0644",
            "\u0628\u0639\u062F");

    private final IndexReader reader;
    private final Skeletons skeletons;
    private final Map<String, Integer> frequencies = new HashMap<>();

    QueryVocabulary(IndexReader reader, Skeletons skeletons) {
        this.reader = reader;
        this.skeletons = skeletons;
    }

    /** Other forms of a normalized query word to search beside it (possibly none). */
    List<String> alternatives(String word) {
        List<String> out = new ArrayList<>();
        if (ScriptSkeleton.isLatin(word)) {
            addAll(out, otherScript(word));
            return out;
        }
        if (word.length() < 2 || ArabicSearchAnalyzer.STOP_WORDS.contains(word)) {
            return out;
        }
        prepositions(word, out);
        tanween(word, out);
        plurals(word, out);
        if (df(word) == 0 || word.length() >= 5) {
            addAll(out, otherScript(word));
        }
        out.remove(word);
        return out;
    }

    private void prepositions(String word, List<String> out) {
        int mine = df(word);
        for (int skip = 1; skip <= 2; skip++) {
            if (word.length() - skip < 3 || !prefixedAt(word, skip)) {
                continue;
            }
            String rest = word.substring(skip);
            if (!rest.startsWith(ARTICLE) && df(rest) > mine) {
                out.add(rest);
            }
        }
        if (word.length() >= 3 && !word.startsWith(ARTICLE)) {
            for (char p : PREPOSITIONS) {
                String prefixed = p + word;
                int theirs = df(prefixed);
                if (theirs > 0 && mine > theirs) {
                    out.add(prefixed);
                }
            }
        }
    }

    /** ل ب ك ف as the last letter before {@code skip}, after an optional و or ف. */
    private static boolean prefixedAt(String word, int skip) {
        char last = word.charAt(skip - 1);
        boolean preposition =
                last == '\u0644' || last == '\u0628' || last == '\u0643' || (skip == 1 && last == '\u0641');
        if (skip == 1) {
            return preposition;
        }
        char first = word.charAt(0);
        return preposition && (first == '\u0648' || first == '\u0641');
    }

    private void tanween(String word, List<String> out) {
        int n = word.length();
        if (n >= 3 && n <= 4 && word.charAt(n - 1) == '\u0627') {
            String bare = word.substring(0, n - 1);
            if (df(bare) > df(word)) {
                out.add(bare);
            }
        }
        if (n >= 2 && n <= 3) {
            String marked = word + '\u0627';
            int theirs = df(marked);
            // A tie counts here: سد and سدا once each in a small index still read as one word.
            if (theirs > 0 && df(word) >= theirs) {
                out.add(marked);
            }
        }
    }

    private void plurals(String word, List<String> out) {
        // The candidates keep the word's own prefixes (الوزير → الوزراء): a bare و-word reads two ways, one with the
        // article only one.
        int prefix = prefixLength(word);
        plurals(word.substring(0, prefix), bare(word.substring(prefix)), out);
        // Lucene's stemmer reads any leading و as "and"; in وثائق، وسائل، وظيفة it is the first root letter.
        if (prefix > 0 && word.charAt(prefix - 1) == '\u0648') {
            plurals(word.substring(0, prefix - 1), bare(word.substring(prefix - 1)), out);
        }
    }

    private void plurals(String prefix, String bare, List<String> out) {
        // Words of the built-in list are linked at indexing time already (BrokenPlurals).
        if (bare.length() < 3 || BrokenPlurals.knows(bare)) {
            return;
        }
        int mine = known(bare);
        for (BrokenPluralPatterns.Candidate c : BrokenPluralPatterns.singulars(bare)) {
            int theirs = known(c.word());
            if (theirs > 0
                    && !NOT_SINGULARS.contains(c.word())
                    && !BrokenPlurals.knows(c.word())
                    && (!c.ambiguous() || theirs >= mine)) {
                out.add(prefix + c.word());
            }
        }
        if (NOT_SINGULARS.contains(bare)) {
            return;
        }
        for (BrokenPluralPatterns.Candidate c : BrokenPluralPatterns.plurals(bare)) {
            int theirs = known(c.word());
            if (theirs > 0 && !BrokenPlurals.knows(c.word()) && (!c.ambiguous() || theirs <= mine)) {
                out.add(prefix + c.word());
            }
        }
    }

    /** How many letters of the word are the article or conjunction prefixes Lucene's stemmer removes. */
    private static int prefixLength(String word) {
        char[] chars = word.toCharArray();
        return chars.length - new ArabicStemmer().stemPrefix(chars, chars.length);
    }

    /** A word without its prefixes, also without an attached pronoun. */
    private static String bare(String w) {
        String t = ArabicSearchForms.tehMarbutaBeforeSuffix(w);
        if (!t.equals(w)) {
            return t;
        }
        w = ArabicSearchForms.withoutPronounSuffix(w);
        return w.endsWith("\u0647\u0627") && w.length() >= 5 ? w.substring(0, w.length() - 2) : w;
    }

    private List<String> otherScript(String word) {
        try {
            return skeletons.otherScript(reader, word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Articles with the word in any of its affixed forms: the stemmed text holds the stem of every
     * form (أعمارهم gives اعمار there), so a plural only ever written with a pronoun still counts.
     */
    private int known(String word) {
        int n = stemFrequency(ArabicSearchAnalyzer.stem(word));
        // A word starting with و stems two ways (الوظائف keeps the و that وظائف loses): either counts.
        for (String kept : ArabicSearchAnalyzer.wawKept(word)) {
            n = Math.max(n, stemFrequency(ArabicSearchAnalyzer.stem(kept)));
        }
        return n;
    }

    private int stemFrequency(String stem) {
        return frequencies.computeIfAbsent("\u0001" + stem, k -> {
            try {
                return reader.docFreq(new Term(SearchFields.TEXT, stem));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private int df(String word) {
        return frequencies.computeIfAbsent(word, w -> {
            try {
                return reader.docFreq(new Term(SearchFields.WORDS, w));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void addAll(List<String> out, List<String> words) {
        for (String w : words) {
            if (!out.contains(w)) {
                out.add(w);
            }
        }
    }
}
