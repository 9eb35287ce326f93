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
     * The query with each word the index has never seen replaced by the closest word it has
     * (normalized spelling, at most two edits); null when no word needed or found a correction.
     * The caller shows it only if the corrected query finds something.
     */
    static String correct(IndexReader reader, Analyzer analyzer, String text) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(3);
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (String word : text.replace('"', ' ').split(" ")) {
            List<String> terms = QueryText.positiveWords(word).isEmpty() ? List.of() : words(analyzer, word);
            if (terms.size() == 1 && reader.docFreq(new Term(SearchFields.WORDS, terms.get(0))) == 0) {
                SuggestWord[] found = checker.suggestSimilar(new Term(SearchFields.WORDS, terms.get(0)), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (found.length > 0) {
                    out.add(written(reader, analyzer, found[0].string));
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
    static List<Suggestion> complete(IndexSearcher searcher, Analyzer analyzer, String text, BooleanQuery.Builder filter, int limit)
            throws IOException {
        List<String> terms = words(analyzer, text);
        if (terms.isEmpty() || terms.get(terms.size() - 1).length() < 2) {
            return List.of();
        }
        for (int i = 0; i < terms.size(); i++) {
            Query q = i == terms.size() - 1 ? new PrefixQuery(new Term(SearchFields.PREFIX, terms.get(i)))
                    : new TermQuery(new Term(SearchFields.PREFIX, terms.get(i)));
            filter.add(q, BooleanClause.Occur.FILTER);
        }
        TopDocs top = searcher.search(filter.build(), limit, new Sort(new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true)));
        List<Suggestion> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (var hit : top.scoreDocs) {
            var doc = stored.document(hit.doc);
            out.add(new Suggestion(Long.parseLong(doc.get(SearchFields.ID)), doc.get(SearchFields.SLUG), doc.get(SearchFields.HEADLINE)));
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
