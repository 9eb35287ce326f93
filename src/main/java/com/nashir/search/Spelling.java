package com.nashir.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** "هل تقصد" spelling corrections and autocomplete, both from the words of the index itself. */
final class Spelling {
    private Spelling() {}

    /**
     * The query with each word the index has never seen replaced by the word the reader meant;
     * null when no word needed or found a correction. The caller shows it only if the corrected
     * query finds something. The intended word is looked for first among the word's own forms (a
     * preposition, conjunction or article before it, a pronoun after it, a tanween alef, ت for ة:
     * لدمشقهم → دمشق), then as the closest word of the index (at most two edits) — but never one
     * that only swaps the prefix or suffix the reader typed for another ("بدمشق" is not "لدمشق"):
     * better no suggestion than a different word.
     */
    static String correct(IndexReader reader, Analyzer analyzer, String text) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(3);
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (String word : text.replace('"', ' ').split(" ")) {
            List<String> terms = QueryText.positiveWords(word).isEmpty() ? List.of() : words(analyzer, word);
            if (terms.size() == 1 && reader.docFreq(new Term(SearchFields.WORDS, terms.get(0))) == 0) {
                String typed = terms.get(0);
                String intended = ownForm(reader, typed);
                if (intended == null) {
                    SuggestWord[] found = checker.suggestSimilar(
                            new Term(SearchFields.WORDS, typed), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    intended = found.length > 0 && keepsAffixes(typed, found[0].string) ? found[0].string : null;
                }
                if (intended != null) {
                    out.add(written(reader, analyzer, intended));
                    changed = true;
                    continue;
                }
            }
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return changed ? String.join(" ", out) : null;
    }

    /** The word the index knows inside a typed word's affixes, or null: لدمشق → دمشق, سيارتهم → سياره. */
    static String ownForm(IndexReader reader, String typed) throws IOException {
        java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>();
        String w = typed;
        for (int round = 0; round < 2; round++) {
            String suffixless = com.nashir.arabic.ArabicSearchForms.withoutPronounSuffix(w);
            String teh = com.nashir.arabic.ArabicSearchForms.tehMarbutaBeforeSuffix(w);
            for (String form : new String[] {w, suffixless, teh}) {
                forms.add(form);
                if (form.length() >= 4 && "\u0648\u0641\u0644\u0628\u0643".indexOf(form.charAt(0)) >= 0) {
                    forms.add(form.substring(1));
                    if (form.length() >= 5 && "\u0644\u0628\u0643".indexOf(form.charAt(1)) >= 0) {
                        forms.add(form.substring(2));
                    }
                }
                if (form.startsWith("\u0627\u0644") && form.length() >= 5) {
                    forms.add(form.substring(2));
                }
                if (form.endsWith("\u0627") && form.length() >= 3) {
                    forms.add(form.substring(0, form.length() - 1));
                }
            }
            w = w.length() >= 4 && "\u0648\u0641".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
        }
        forms.remove(typed);
        String best = null;
        int bestFreq = 0;
        for (String form : forms) {
            int freq = form.length() >= 2 ? reader.docFreq(new Term(SearchFields.WORDS, form)) : 0;
            if (freq > bestFreq) {
                best = form;
                bestFreq = freq;
            }
        }
        return best;
    }

    /**
     * False when a suggestion only trades the reader's prefix or suffix for another: the first
     * letter of a prefixed word (ل ب ك ف و) or an attached pronoun at its end must survive.
     */
    static boolean keepsAffixes(String typed, String suggestion) {
        if (typed.length() >= 4
                && "\u0648\u0641\u0644\u0628\u0643".indexOf(typed.charAt(0)) >= 0
                && typed.charAt(0) != suggestion.charAt(0)) {
            return false;
        }
        String bare = com.nashir.arabic.ArabicSearchForms.withoutPronounSuffix(typed);
        return bare.equals(typed) || suggestion.endsWith(typed.substring(bare.length()));
    }

    /**
     * How the articles write a word the index holds normalized ("اردوغان" → "أردوغان"): the first
     * place, in the headline or body of a few articles that have it, where a word normalizes to
     * it. The normalized form when none is found (the word is only in a summary, say).
     */
    static String written(IndexReader reader, Analyzer analyzer, String normalized) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.WORDS, normalized)), 5);
        var stored = searcher.storedFields();
        for (var hit : top.scoreDocs) {
            var doc = stored.document(hit.doc, java.util.Set.of(SearchFields.HEADLINE, SearchFields.BODY));
            for (String text : new String[] {doc.get(SearchFields.HEADLINE), doc.get(SearchFields.BODY)}) {
                if (text == null) {
                    continue;
                }
                try (TokenStream ts = analyzer.tokenStream(SearchFields.WORDS, text)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    var offsets = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        if (term.toString().equals(normalized)) {
                            return text.substring(offsets.startOffset(), offsets.endOffset());
                        }
                    }
                    ts.end();
                }
            }
        }
        return normalized;
    }

    /** Published headlines whose words begin with what was typed (the last word may be unfinished). */
    static List<Suggestion> complete(
            IndexSearcher searcher, Analyzer analyzer, String text, BooleanQuery.Builder filter, int limit)
            throws IOException {
        List<String> terms = words(analyzer, text);
        if (terms.isEmpty() || terms.get(terms.size() - 1).length() < 2) {
            return List.of();
        }
        for (int i = 0; i < terms.size(); i++) {
            Query q = i == terms.size() - 1
                    ? new PrefixQuery(new Term(SearchFields.PREFIX, terms.get(i)))
                    : new TermQuery(new Term(SearchFields.PREFIX, terms.get(i)));
            filter.add(q, BooleanClause.Occur.FILTER);
        }
        TopDocs top = searcher.search(
                filter.build(), limit, new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true)));
        List<Suggestion> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (var hit : top.scoreDocs) {
            var doc = stored.document(hit.doc);
            out.add(new Suggestion(
                    Long.parseLong(doc.get(SearchFields.ID)),
                    doc.get(SearchFields.SLUG),
                    doc.get(SearchFields.HEADLINE)));
        }
        return out;
    }

    /** The text's words as the WORDS field holds them: normalized, unstemmed. */
    static List<String> words(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(SearchFields.WORDS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
