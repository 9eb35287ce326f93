package com.nashir.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The search behind a kept related list ("اقرأ أيضاً"), in-process on a built index (an archive's, from
 * {@code bench/archive.sh}): what one costs with the archive read around the article's own time ({@link TimeWindow})
 * for several sizes of that window, and what its lists hold.
 *
 * <p>Arguments: the index folder (a generation, {@code DATA/search/g…}), how many articles to sample (spread evenly
 * over the archive's documents, old and new alike), the rounds to warm up and to measure, and the windows to try,
 * comma-separated: a number of documents, or {@code all} for the whole archive with the recency bonus counted from now
 * (the search before windows). The sizes take turns within each round. For each window it prints the p50, p90 and
 * mean of a search (the kept list's 50 ms budget applies, as in the {@code related} command) and, over the lists: the
 * share of the related articles that share a tag with the article, that are in its section, the median distance in
 * days between an article and its related ones, and how many of the ids agree with the first window's list.
 */
public final class RelatedSearchBench {
    private RelatedSearchBench() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        String[] windows = (args.length > 4 ? args[4] : "all,20000").split(",");
        Duration halfLife = Duration.ofDays(30);
        try (var directory = FSDirectory.open(folder);
                var reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var analyzer = SearchFields.analyzer();
            List<Sample> subjects = new ArrayList<>();
            Random random = new Random(42);
            int step = Math.max(1, reader.maxDoc() / samples);
            for (int doc = random.nextInt(step); doc < reader.maxDoc() && subjects.size() < samples; doc += step) {
                Sample s = sample(searcher, doc);
                if (s != null) {
                    subjects.add(s);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d documents, %d segments, %d samples%n",
                    reader.maxDoc(),
                    reader.leaves().size(),
                    subjects.size());
            Instant now = Instant.now();
            List<List<List<Long>>> lists = new ArrayList<>();
            for (int round = 0; round < warm + rounds; round++) {
                lists.clear();
                for (String w : windows) {
                    boolean all = w.equals("all");
                    int window = all ? Integer.MAX_VALUE : Integer.parseInt(w);
                    long[] wall = new long[subjects.size()];
                    List<List<Long>> found = new ArrayList<>();
                    for (int i = 0; i < subjects.size(); i++) {
                        RelatedArticles.Subject subject = subjects.get(i).subject(all);
                        long start = System.nanoTime();
                        found.add(RelatedArticles.ids(
                                searcher,
                                analyzer,
                                subject,
                                now,
                                halfLife,
                                RelatedArticles.KEPT,
                                RelatedArticles.KEEP_BUDGET,
                                window));
                        wall[i] = System.nanoTime() - start;
                    }
                    lists.add(found);
                    if (round >= warm) {
                        Arrays.sort(wall);
                        System.out.printf(
                                Locale.ROOT,
                                "round %d, window %s: p50 %.2f ms, p90 %.2f ms, mean %.2f ms%n",
                                round - warm + 1,
                                w,
                                wall[wall.length / 2] / 1e6,
                                wall[wall.length * 9 / 10] / 1e6,
                                Arrays.stream(wall).average().orElse(0) / 1e6);
                    }
                }
            }
            for (int k = 0; k < windows.length; k++) {
                describe(searcher, windows[k], subjects, lists.get(k), lists.get(0));
            }
        }
    }

    private static void describe(
            IndexSearcher searcher,
            String window,
            List<Sample> subjects,
            List<List<Long>> found,
            List<List<Long>> first)
            throws IOException {
        long related = 0, sharingATag = 0, inSection = 0, agreeing = 0, listed = 0;
        List<Long> days = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            Sample s = subjects.get(i);
            Set<Long> other = new HashSet<>(first.get(i));
            for (long id : found.get(i)) {
                int doc = searcher.search(new TermQuery(new Term(SearchFields.ID, Long.toString(id))), 1)
                        .scoreDocs[0]
                        .doc;
                Sample r = sample(searcher, doc);
                related++;
                if (r.tagSlugs.stream().anyMatch(s.tagSlugs::contains)) {
                    sharingATag++;
                }
                if (r.section.equals(s.section)) {
                    inSection++;
                }
                if (other.contains(id)) {
                    agreeing++;
                }
                days.add(Math.abs(r.published - s.published) / 86_400_000L);
            }
            listed += first.get(i).size();
        }
        days.sort(null);
        System.out.printf(
                Locale.ROOT,
                "window %s: %.1f related an article; sharing a tag %.2f, same section %.2f, median distance %d days,"
                        + " agreeing with window %s %.2f%n",
                window,
                (double) related / subjects.size(),
                (double) sharingATag / related,
                (double) inSection / related,
                days.isEmpty() ? 0 : days.get(days.size() / 2),
                "first",
                listed == 0 ? 0 : (double) agreeing / listed);
    }

    /** An article of the index as the related search sees it. */
    private record Sample(
            long id, String text, List<String> tagSlugs, List<String> tagNames, String section, long published) {
        RelatedArticles.Subject subject(boolean fromNow) {
            return new RelatedArticles.Subject(
                    id, text, tagSlugs, tagNames, section, fromNow ? null : Instant.ofEpochMilli(published));
        }
    }

    private static Sample sample(IndexSearcher searcher, int doc) throws IOException {
        var stored = searcher.storedFields().document(doc);
        if (stored.getField(SearchFields.PUBLISHED) == null || stored.get(SearchFields.SECTION) == null) {
            return null;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedSetDocValues tags = DocValues.getSortedSet(leaf.reader(), SearchFields.TAG_FACET);
        List<String> slugs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (tags.advanceExact(doc - leaf.docBase)) {
            for (int i = 0; i < tags.docValueCount(); i++) {
                String value = tags.lookupOrd(tags.nextOrd()).utf8ToString();
                int sep = value.indexOf(SearchFields.SEP);
                slugs.add(value.substring(0, sep));
                names.add(value.substring(sep + 1));
            }
        }
        String headline = stored.get(SearchFields.HEADLINE);
        return new Sample(
                Long.parseLong(stored.get(SearchFields.ID)),
                RelatedArticles.Subject.text(
                        headline, "", "", RelatedArticles.Subject.lead(stored.get(SearchFields.BODY))),
                slugs,
                names,
                stored.get(SearchFields.SECTION),
                stored.getField(SearchFields.PUBLISHED).numericValue().longValue());
    }
}
