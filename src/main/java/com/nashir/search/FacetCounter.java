package com.nashir.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every match by section, year and tag in one pass over the doc values (no scoring), and
 * the total number of matches on the way. Runs as its own pass, apart from the top-documents
 * one: collected together, every match would have to be scored and none skipped.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Counts> {
    static final int MAX_TAGS = 15;
    /** Years counted in an array from this one on (earlier or much later ones in a map). */
    private static final int FIRST_YEAR = 1900;

    private static final int YEARS = 300;

    /** Counts keyed by facet value ("slug\u0001name" for sections and tags). */
    static final class Counts implements Collector {
        final Map<String, Long> sections = new HashMap<>();
        final Map<Integer, Long> years = new HashMap<>();
        final Map<String, Long> tags = new HashMap<>();
        long total;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            SortedDocValues section = DocValues.getSorted(ctx.reader(), SearchFields.SECTION_FACET);
            SortedSetDocValues tag = DocValues.getSortedSet(ctx.reader(), SearchFields.TAG_FACET);
            NumericDocValues year = DocValues.getNumeric(ctx.reader(), SearchFields.YEAR);
            long[] sectionCounts = new long[(int) Math.min(Integer.MAX_VALUE, section.getValueCount())];
            long[] tagCounts = new long[(int) Math.min(Integer.MAX_VALUE, tag.getValueCount())];
            long[] yearCounts = new long[YEARS];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (section.advanceExact(doc)) {
                        sectionCounts[section.ordValue()]++;
                    }
                    if (tag.advanceExact(doc)) {
                        for (int i = 0; i < tag.docValueCount(); i++) {
                            tagCounts[(int) tag.nextOrd()]++;
                        }
                    }
                    if (year.advanceExact(doc)) {
                        long y = year.longValue() - FIRST_YEAR;
                        if (y >= 0 && y < YEARS) {
                            yearCounts[(int) y]++;
                        } else {
                            years.merge((int) year.longValue(), 1L, Long::sum);
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int y = 0; y < YEARS; y++) {
                        if (yearCounts[y] > 0) {
                            years.merge(FIRST_YEAR + y, yearCounts[y], Long::sum);
                        }
                    }
                    for (int ord = 0; ord < sectionCounts.length; ord++) {
                        if (sectionCounts[ord] > 0) {
                            sections.merge(section.lookupOrd(ord).utf8ToString(), sectionCounts[ord], Long::sum);
                        }
                    }
                    for (int ord = 0; ord < tagCounts.length; ord++) {
                        if (tagCounts[ord] > 0) {
                            tags.merge(tag.lookupOrd(ord).utf8ToString(), tagCounts[ord], Long::sum);
                        }
                    }
                }
            };
        }
    }

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Counts reduce(Collection<Counts> collectors) {
        Counts all = new Counts();
        for (Counts c : collectors) {
            all.total += c.total;
            c.sections.forEach((k, v) -> all.sections.merge(k, v, Long::sum));
            c.years.forEach((k, v) -> all.years.merge(k, v, Long::sum));
            c.tags.forEach((k, v) -> all.tags.merge(k, v, Long::sum));
        }
        return all;
    }

    /** The facets to show and the number of matches they were counted over. */
    record Counted(SearchResults.Facets facets, long total) {
        static final Counted NONE = new Counted(SearchResults.Facets.NONE, 0);
    }

    static Counted counted(Counts counts) {
        return new Counted(facets(counts), counts.total);
    }

    static SearchResults.Facets facets(Counts counts) {
        List<SearchResults.FacetValue> years = new ArrayList<>();
        counts.years.forEach((y, n) -> years.add(new SearchResults.FacetValue(y.toString(), y.toString(), n)));
        years.sort(Comparator.comparing(SearchResults.FacetValue::key).reversed());
        return new SearchResults.Facets(named(counts.sections, 50), years, named(counts.tags, MAX_TAGS));
    }

    private static List<SearchResults.FacetValue> named(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> {
                    int sep = e.getKey().indexOf(SearchFields.SEP);
                    return new SearchResults.FacetValue(
                            e.getKey().substring(0, sep), e.getKey().substring(sep + 1), e.getValue());
                })
                .toList();
    }
}
