package com.nashir.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * A year of a newsroom's writes applied to a copy of a built index, as a serving node applies them
 * ({@code bench/live-index.sh}): what the segments look like afterwards (a rebuild leaves one; a live index keeps
 * taking writes for months), to search it with {@code bench/archive-search.sh} against the index as rebuilt.
 * The year is dated after the archive's newest article, so search it as a year later ({@code DAYS_LATER=366}):
 * otherwise its articles are scheduled, not public, and every search steps over them first.
 *
 * <p>Each simulated day publishes {@code new} articles (after the archive's newest, spread over the day) and saves
 * {@code edits} articles again: most of them stories of the last week (updates to a developing story), the rest
 * anywhere in the archive (corrections, a tag added). Every write is followed by a refresh, as the node's feed poll
 * makes one for each poll that found a change (at a few hundred writes a day, one write a poll); commits come every
 * 50 writes (the node commits every 2 s of a busy feed: the commit's fsync does not change the layout, and a commit
 * per write would make this run hours). The documents are rebuilt from what the index stores (the kicker, summary and
 * bylines are not stored, so a re-saved story loses them: a little smaller than the real one).
 *
 * <p>Arguments: the index folder (a copy: it is changed), days (365), new articles a day (180), edits a day (270),
 * and {@code merge} to force-merge into one segment at the end instead (what a rebuild gives). System properties:
 * {@code nashir.bench.refresh-every} (writes between refreshes before the last day, 1) and
 * {@code nashir.bench.tail-merge} (true: each day ends with the node's daily tail merge, when its rule asks for one).
 * Prints the layout before and after, the writes' time and the layout every 30 simulated days.
 */
public final class LiveIndexBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Damascus");
    private static final int COMMIT_EVERY = 50;
    private static final int RECENT_DAYS = 7;
    /**
     * Writes between refreshes before the last day (1: each write, as a node; more makes a year minutes instead of half
     * an hour, with fewer, larger small segments). The last day is always refreshed write by write, so the layout at
     * the end has a day of a node's small segments.
     */
    private static final int REFRESH_EVERY = Integer.getInteger("nashir.bench.refresh-every", 1);
    /**
     * Whether each day ends with the node's daily look at its small segments ({@link SearchEngine#mergeTailIfLong}),
     * the day's merges then finished before the next.
     */
    private static final boolean TAIL_MERGE = Boolean.getBoolean("nashir.bench.tail-merge");

    private LiveIndexBench() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        int perDay = args.length > 2 ? Integer.parseInt(args[2]) : 180;
        int editsPerDay = args.length > 3 ? Integer.parseInt(args[3]) : 270;
        boolean mergeAtEnd = args.length > 4 && args[4].equals("merge");
        Random random = new Random(42);
        try (SearchEngine engine = new SearchEngine(FSDirectory.open(folder), ZONE)) {
            layout("before", engine);
            long[] newest = engine.withSearcher(LiveIndexBench::newestIdAndTime);
            long nextId = newest[0] + 1;
            Instant start = Instant.ofEpochMilli(newest[1]);
            Deque<SearchDocument> recent = new ArrayDeque<>();
            long writes = 0;
            long started = System.nanoTime();
            long slowest = 0;
            int tailMerges = 0;
            for (int day = 1; day <= days; day++) {
                Instant dayStart = start.plus(Duration.ofDays(day - 1));
                int total = perDay + editsPerDay;
                for (int i = 0; i < total; i++) {
                    Instant at = dayStart.plusSeconds(86_400L * i / total);
                    SearchDocument doc;
                    // Interleaved: a new story, then the edits that fall between it and the next.
                    if ((long) i * perDay / total != (long) (i + 1) * perDay / total) {
                        doc = withTimes(anyDocument(engine, random), nextId++, at, at);
                        recent.addLast(doc);
                    } else if (!recent.isEmpty() && random.nextInt(100) < 85) {
                        SearchDocument old = pick(recent, random);
                        doc = withTimes(old, old.id(), old.publishedAt(), at);
                    } else {
                        SearchDocument old = anyDocument(engine, random);
                        doc = withTimes(old, old.id(), old.publishedAt(), at);
                    }
                    long t = System.nanoTime();
                    engine.put(doc);
                    if (day == days || writes % REFRESH_EVERY == 0) {
                        engine.refresh();
                    }
                    if (++writes % COMMIT_EVERY == 0) {
                        engine.commit(Map.of());
                    }
                    slowest = Math.max(slowest, System.nanoTime() - t);
                }
                if (TAIL_MERGE && day < days) {
                    if (engine.mergeTailIfLong()) {
                        tailMerges++;
                    }
                    // A real day has hours for the merges; a simulated one takes a second, and Lucene's merge thread
                    // runs the smallest merges first, so a tail merge waited behind the next days' small ones for
                    // minutes and later tail merges piled up (37 segments after 270 days, 9 of them a stuck day's).
                    while (engine.merging()) {
                        Thread.sleep(20);
                    }
                }
                while (!recent.isEmpty()
                        && recent.peekFirst().publishedAt().isBefore(dayStart.minus(Duration.ofDays(RECENT_DAYS)))) {
                    recent.removeFirst();
                }
                if (day % 30 == 0 || day == days) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf(
                            Locale.ROOT,
                            "day %d: %,d writes in %.0f s (%.2f ms a write with its refresh, slowest %.0f ms), %d tail"
                                    + " merges; %s%n",
                            day,
                            writes,
                            seconds,
                            seconds * 1000 / writes,
                            slowest / 1e6,
                            tailMerges,
                            engine.withSearcher(s -> summary(s)));
                    slowest = 0;
                }
            }
            engine.commit(Map.of());
            if (mergeAtEnd) {
                long t = System.nanoTime();
                engine.mergeIntoOneSegment();
                engine.commit(Map.of());
                System.out.printf(Locale.ROOT, "merged into one segment in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            engine.refresh();
            layout("after", engine);
        }
    }

    private static SearchDocument pick(Deque<SearchDocument> recent, Random random) {
        int skip = random.nextInt(recent.size());
        var it = recent.iterator();
        for (int i = 0; i < skip; i++) {
            it.next();
        }
        return it.next();
    }

    private static SearchDocument withTimes(SearchDocument d, long id, Instant published, Instant modified) {
        return new SearchDocument(
                id,
                d.slug(),
                d.headline(),
                d.kicker(),
                d.summary(),
                d.bodyText(),
                d.section(),
                d.tags(),
                d.authors(),
                d.desk(),
                "published",
                published,
                modified,
                null);
    }

    /** The newest document's id (the largest, as ids follow publication) and publication time. */
    private static long[] newestIdAndTime(IndexSearcher searcher) throws IOException {
        TopFieldDocs top = searcher.search(new MatchAllDocsQuery(), 1, SearchFields.NEWEST_FIRST);
        Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
        long maxId = 0;
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            var terms = segment.reader().terms(SearchFields.ID);
            if (terms != null) {
                var it = terms.iterator();
                for (var term = it.next(); term != null; term = it.next()) {
                    maxId = Math.max(maxId, Long.parseLong(term.utf8ToString()));
                }
            }
        }
        return new long[] {
            maxId, d.getField(SearchFields.PUBLISHED).numericValue().longValue()
        };
    }

    /** A live document chosen at random, rebuilt from its stored fields and tag doc values. */
    private static SearchDocument anyDocument(SearchEngine engine, Random random) {
        return engine.withSearcher(searcher -> {
            var reader = searcher.getIndexReader();
            while (true) {
                int doc = random.nextInt(reader.maxDoc());
                LeafReaderContext segment = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
                var live = segment.reader().getLiveDocs();
                int local = doc - segment.docBase;
                if (live != null && !live.get(local)) {
                    continue;
                }
                Document d = searcher.storedFields().document(doc);
                if (d.get(SearchFields.PUBLISHED) == null || d.get(SearchFields.SECTION) == null) {
                    continue;
                }
                List<SearchDocument.Named> tags = new ArrayList<>();
                SortedSetDocValues values = DocValues.getSortedSet(segment.reader(), SearchFields.TAG_FACET);
                if (values.advanceExact(local)) {
                    for (int i = 0; i < values.docValueCount(); i++) {
                        String[] parts = values.lookupOrd(values.nextOrd())
                                .utf8ToString()
                                .split(String.valueOf(SearchFields.SEP), 2);
                        tags.add(new SearchDocument.Named(parts[0], parts[1]));
                    }
                }
                Instant published = Instant.ofEpochMilli(
                        d.getField(SearchFields.PUBLISHED).numericValue().longValue());
                return new SearchDocument(
                        Long.parseLong(d.get(SearchFields.ID)),
                        d.get(SearchFields.SLUG),
                        d.get(SearchFields.HEADLINE),
                        "",
                        "",
                        d.get(SearchFields.BODY),
                        new SearchDocument.Named(d.get(SearchFields.SECTION), d.get(SearchFields.SECTION_NAME)),
                        tags,
                        List.of(),
                        null,
                        "published",
                        published,
                        published,
                        null);
            }
        });
    }

    private static String summary(IndexSearcher searcher) {
        var leaves = searcher.getIndexReader().leaves();
        int small = 0;
        for (LeafReaderContext l : leaves) {
            if (l.reader().maxDoc() < 100_000) {
                small++;
            }
        }
        return String.format(
                Locale.ROOT,
                "%d segments (%d under 100,000 documents), %,d deleted",
                leaves.size(),
                small,
                searcher.getIndexReader().numDeletedDocs());
    }

    private static void layout(String when, SearchEngine engine) {
        engine.withSearcher(searcher -> {
            System.out.printf(Locale.ROOT, "%s: %s%n", when, summary(searcher));
            for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
                var info = ((SegmentReader) ctx.reader()).getSegmentInfo();
                System.out.printf(
                        Locale.ROOT,
                        "  %-8s %,9d docs %,7d deleted %,9.1f MB%n",
                        info.info.name,
                        ctx.reader().maxDoc(),
                        ctx.reader().numDeletedDocs(),
                        info.sizeInBytes() / 1e6);
            }
            return null;
        });
    }
}
