package com.nashir.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the query's words where they stand in the original headline and body (any normalized or
 * stemmed form matches, since the offsets come from the index). Lucene's highlighter does not
 * escape HTML; this one produces {@link MarkedText} parts instead of HTML, so nothing here is
 * ever trusted as markup.
 */
final class Snippets {
    static final int SNIPPET_CHARS = 240;

    private Snippets() {}

    /**
     * Headline and snippet of each document, in the order of {@code docIds}, and the stored
     * fields of {@code shown} read on the way (each document is read from disk once).
     */
    static Marked of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds, Set<String> shown)
            throws IOException {
        Highlighter highlighter = new Highlighter(
                UnifiedHighlighter.builder(searcher, analyzer)
                        .withMaxLength(200_000)
                        .withHighlightPhrasesStrictly(true)
                        .withWeightMatches(false),
                searcher,
                shown);
        Map<String, Object[]> found = highlighter.objects(
                new String[] {SearchFields.HEADLINE, SearchFields.BODY}, query, docIds, new int[] {1, 1});
        List<MarkedText[]> out = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            out.add(new MarkedText[] {
                orEmpty(found.get(SearchFields.HEADLINE)[i]), orEmpty(found.get(SearchFields.BODY)[i])
            });
        }
        return new Marked(out, highlighter.loaded);
    }

    /** Marked headline and snippet per document, and the stored fields read by document number. */
    record Marked(List<MarkedText[]> marks, Map<Integer, Document> stored) {}

    private static MarkedText orEmpty(Object o) {
        return o instanceof MarkedText m ? m : new MarkedText(List.of());
    }

    private static final class Highlighter extends UnifiedHighlighter {
        private final IndexSearcher searcher;
        private final Set<String> shown;
        final Map<Integer, Document> loaded = new HashMap<>();

        Highlighter(Builder builder, IndexSearcher searcher, Set<String> shown) {
            super(builder);
            this.searcher = searcher;
            this.shown = shown;
        }

        /**
         * Reads the highlighted fields together with the ones the result list shows, and keeps
         * the latter: reading a document decompresses its whole block, so once is enough.
         */
        @Override
        protected List<CharSequence[]> loadFieldValues(
                String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
            Set<String> wanted = new HashSet<>(shown);
            wanted.addAll(List.of(fields));
            StoredFields stored = searcher.storedFields();
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(wanted);
                stored.document(doc, visitor);
                Document d = visitor.getDocument();
                loaded.put(doc, d);
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String v = d.get(fields[f]);
                    values[f] = v == null ? "" : v;
                }
                out.add(values);
            }
            return out;
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
            int[] sorted = docIds.clone();
            // highlightFieldsAsObjects wants ascending doc ids; map back to the caller's order.
            java.util.Arrays.sort(sorted);
            Map<String, Object[]> bySorted = highlightFieldsAsObjects(fields, query, sorted, passages);
            Map<String, Object[]> out = new java.util.HashMap<>();
            for (var e : bySorted.entrySet()) {
                Object[] ordered = new Object[docIds.length];
                for (int i = 0; i < docIds.length; i++) {
                    ordered[i] = e.getValue()[java.util.Arrays.binarySearch(sorted, docIds[i])];
                }
                out.put(e.getKey(), ordered);
            }
            return out;
        }

        /**
         * One passage per field: the whole headline, the whole body (the formatter then cuts the
         * body's window where the matches are densest). Sentence splitting costs more than the
         * rest of a search and news sentences are long anyway.
         */
        @Override
        protected BreakIterator getBreakIterator(String field) {
            return new WholeBreakIterator();
        }

        /**
         * The highlighted fields keep their offsets in the postings ({@link SearchFields}): said here, since the
         * highlighter would otherwise merge every segment's field infos to find out, for each search anew.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.POSTINGS;
        }

        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return 1;
        }

        @Override
        protected PassageFormatter getFormatter(String field) {
            return new Formatter(SearchFields.HEADLINE.equals(field) ? Integer.MAX_VALUE : SNIPPET_CHARS);
        }
    }

    /** Passages → marked parts, long passages cut to a window around their first match. */
    static final class Formatter extends PassageFormatter {
        private final int maxChars;

        Formatter(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public Object format(Passage[] passages, String content) {
            List<MarkedText.Part> parts = new ArrayList<>();
            for (int p = 0; p < passages.length; p++) {
                Passage passage = passages[p];
                int start = passage.getStartOffset();
                int end = passage.getEndOffset();
                List<int[]> matches = merged(passage, content);
                if (end - start > maxChars) {
                    windows(parts, content, start, end, matches);
                } else {
                    add(parts, content, start, end, matches);
                }
                if (p < passages.length - 1) {
                    parts.add(new MarkedText.Part(" … ", false));
                }
            }
            return new MarkedText(List.copyOf(parts));
        }

        /**
         * At most two windows of the passage: where the matches are densest and, if some query
         * word is not in it, around the first place that word stands.
         */
        private void windows(List<MarkedText.Part> parts, String content, int start, int end, List<int[]> matches) {
            int anchor = densest(matches, content, maxChars, start);
            int[] first = window(content, start, end, anchor, maxChars);
            int[] second = null;
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (int[] m : matches) {
                if (m[0] >= first[0] && m[1] <= first[1]) {
                    shown.add(content.substring(m[0], m[1]));
                }
            }
            for (int[] m : matches) {
                if ((m[0] >= first[1] || m[1] <= first[0]) && !shown.contains(content.substring(m[0], m[1]))) {
                    // Two half windows instead of one whole.
                    first = window(content, start, end, anchor, maxChars / 2 + 20);
                    second = window(content, start, end, m[0], maxChars / 2 + 20);
                    break;
                }
            }
            if (second != null && second[0] < first[0]) {
                int[] t = first;
                first = second;
                second = t;
            }
            if (second != null && second[0] < first[1]) {
                first = new int[] {first[0], Math.max(first[1], second[1])};
                second = null;
            }
            for (int[] w : second == null ? List.of(first) : List.of(first, second)) {
                if (w[0] > start) {
                    parts.add(new MarkedText.Part("… ", false));
                }
                add(parts, content, w[0], w[1], matches);
            }
            int lastEnd = second == null ? first[1] : second[1];
            if (lastEnd < end) {
                parts.add(new MarkedText.Part(" …", false));
            }
        }

        /** About {@code size} characters around {@code anchor}, cut on word bounds. */
        private static int[] window(String content, int start, int end, int anchor, int size) {
            int from = Math.max(start, anchor - size / 4);
            from = from == start ? start : wordStart(content, from, anchor);
            int to = Math.min(end, from + size);
            to = to == end ? end : wordEnd(content, to, from);
            return new int[] {from, to};
        }

        private static void add(List<MarkedText.Part> parts, String content, int from, int to, List<int[]> matches) {
            int at = from;
            for (int[] m : matches) {
                int s = Math.max(m[0], from);
                int e = Math.min(m[1], to);
                if (s >= e || s < at) {
                    continue;
                }
                if (s > at) {
                    parts.add(new MarkedText.Part(content.substring(at, s), false));
                }
                parts.add(new MarkedText.Part(content.substring(s, e), true));
                at = e;
            }
            if (at < to) {
                parts.add(new MarkedText.Part(content.substring(at, to), false));
            }
        }

        /**
         * The start of the match whose window holds the most different matched words (ties:
         * the earliest), so "قاعدة حميميم" shows where both words stand, not just the first.
         */
        private static int densest(List<int[]> matches, String content, int window, int fallback) {
            int best = fallback;
            int bestCount = 0;
            for (int i = 0; i < matches.size(); i++) {
                int from = matches.get(i)[0];
                java.util.Set<String> words = new java.util.HashSet<>();
                for (int j = i; j < matches.size() && matches.get(j)[1] <= from + window * 3 / 4; j++) {
                    words.add(content.substring(matches.get(j)[0], matches.get(j)[1]));
                }
                if (words.size() > bestCount) {
                    bestCount = words.size();
                    best = from;
                }
            }
            return best;
        }

        /**
         * The passage's matches in text order, overlapping ones joined (a word and its added prefix-less form share one
         * span), and so are matches with only a space between them: a quoted phrase is one mark
         * ("<mark>قاعدة حميميم</mark>"), as are two searched words standing together. (The highlighter finds each word
         * of a phrase on its own: asking it for the phrase as one match built a Lucene query weight for every document
         * and field, about 8 % of a search's processor time over HTTP at a million.)
         */
        private static List<int[]> merged(Passage passage, String content) {
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                spans.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
            }
            spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            List<int[]> out = new ArrayList<>();
            for (int[] s : spans) {
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null
                        && (s[0] <= last[1]
                                || s[0] == last[1] + 1 && Character.isWhitespace(content.charAt(last[1])))) {
                    last[1] = Math.max(last[1], s[1]);
                } else {
                    out.add(s.clone());
                }
            }
            return out;
        }

        /** The start of the word at or after {@code i}, not past {@code limit}. */
        private static int wordStart(String s, int i, int limit) {
            while (i < limit && !Character.isWhitespace(s.charAt(i - 1))) {
                i++;
            }
            return i;
        }

        /** The end of the word at or before {@code i}, not before {@code limit}. */
        private static int wordEnd(String s, int i, int limit) {
            int j = i;
            while (j > limit && !Character.isWhitespace(s.charAt(j))) {
                j--;
            }
            return j > limit ? j : i;
        }
    }
}
