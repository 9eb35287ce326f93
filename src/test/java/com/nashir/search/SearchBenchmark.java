package com.nashir.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Search benchmark (run by bench/search.sh): indexes N generated articles whose Arabic text is
 * built from the demo content's vocabulary, then measures query latency (the whole search
 * path: parsing, ranking, facets, highlighting, did-you-mean; no HTTP) for a mixed query set at
 * 1 and 8 concurrent clients, and the time from writing an article to finding it.
 *
 * <pre>java -cp … com.nashir.search.SearchBenchmark [articles] [queries per client] [index dir]</pre>
 */
public final class SearchBenchmark {
    private static final Instant NOW = Instant.now();
    private static final Duration HALF_LIFE = Duration.ofDays(30);

    /**
     * Variants left out (names' beginnings, comma-separated, {@code -Dbench.skip=before}): at a
     * million articles the first version alone takes most of an hour.
     */
    private static final List<String> SKIP = Stream.of(
                    System.getProperty("bench.skip", "").split(","))
            .map(String::strip)
            .filter(x -> !x.isEmpty())
            .toList();

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("nashir-search-bench-");
        List<SearchDocument> demo = DemoCorpus.documents();
        Vocabulary words = new Vocabulary(demo);

        System.out.printf(Locale.ROOT, "Nashir search benchmark  %s%n", Instant.now());
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cpus, max heap %d MB, index in %s%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                dir);
        boolean reuse = DirectoryReader.indexExists(FSDirectory.open(dir));
        try (SearchEngine engine = new SearchEngine(FSDirectory.open(dir), DemoCorpus.ZONE)) {
            if (reuse
                    && engine.documentCount() == articles
                    && SearchFields.LAYOUT.equals(engine.commitData().get(SearchEngine.LAYOUT))) {
                System.out.printf(
                        Locale.ROOT, "%nreusing the index in %s (%,d documents)%n", dir, engine.documentCount());
            } else {
                index(engine, articles, words, dir);
            }

            List<String> queries = words.queries();
            System.out.printf(
                    Locale.ROOT,
                    "%nmixed query set: %d queries (words with and without prefixes, hamza and digit variants,"
                            + " phrases, OR, exclusion, filters, date order, misspellings)%n",
                    queries.size());
            List<Variant> variants = Stream.of(
                            new Variant("lucene top-10 (floor)", (q, i) -> bare(engine, q)),
                            new Variant(
                                    "before (first version)",
                                    (q, i) -> LegacySearch.search(engine, request(q, i), NOW, HALF_LIFE)),
                            new Variant("every match, uncached", (q, i) -> search(engine, q, i, Integer.MAX_VALUE)),
                            new Variant("now, facets uncached", (q, i) -> search(engine, q, i, FacetCounter.BOUND)),
                            new Variant("now", (q, i) -> search(engine, q, i, FacetCounter.BOUND)))
                    .filter(v -> v.name().startsWith("lucene") || SKIP.stream().noneMatch(v.name()::startsWith))
                    .toList();
            for (Variant v : variants) {
                engine.cacheFacets(!v.name().contains("uncached"));
                run(v, queries, 1, Math.min(perClient, 300)); // warm-up, discarded
            }
            System.out.printf(
                    Locale.ROOT,
                    "%n%-24s %-8s %8s %7s %8s %8s %8s %9s %11s%n",
                    "variant",
                    "clients",
                    "queries",
                    "q/s",
                    "p50 ms",
                    "p99 ms",
                    "max ms",
                    "p50/floor",
                    "facet hits");
            double[][] results = new double[variants.size() * 2][];
            int row = 0;
            for (int clients : new int[] {1, 8}) {
                double floor = 0;
                for (Variant v : variants) {
                    engine.cacheFacets(!v.name().contains("uncached"));
                    long[] before = engine.facetCacheCounts();
                    double[] r = run(v, queries, clients, perClient);
                    long[] after = engine.facetCacheCounts();
                    long hits = after[0] - before[0];
                    long lookups = hits + after[1] - before[1];
                    floor = floor == 0 ? r[0] : floor;
                    System.out.printf(
                            Locale.ROOT,
                            "%-24s %-8d %,8d %7.0f %8.2f %8.2f %8.2f %8.1fx %11s%n",
                            v.name(),
                            clients,
                            (int) r[3],
                            r[2],
                            r[0],
                            r[1],
                            r[4],
                            r[0] / floor,
                            lookups == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * hits / lookups));
                    results[row++] = r;
                }
            }
            engine.cacheFacets(true);
            int n = variants.size();
            double[] one = results[n - 1];
            double[] eight = results[2 * n - 1];
            phases(engine, queries);
            if (SKIP.stream().noneMatch("before"::startsWith)) {
                agreement(engine, queries);
            }

            List<Double> visible = new ArrayList<>();
            Random random = new Random(7);
            for (int i = 0; i < 20; i++) {
                long id = articles + 1 + i;
                String marker = "ظبنشر" + (char) ('ا' + i) + "كق";
                SearchDocument d = words.article(id, random);
                d = new SearchDocument(
                        d.id(),
                        d.slug(),
                        marker + " " + d.headline(),
                        d.kicker(),
                        d.summary(),
                        d.bodyText(),
                        d.section(),
                        d.tags(),
                        d.authors(),
                        d.desk(),
                        d.status(),
                        NOW,
                        NOW,
                        null);
                long start = System.nanoTime();
                engine.put(d);
                engine.refresh();
                SearchRequest r = SearchRequest.of(marker, null, null, null, null, null, null, null, null, 10);
                while (IndexQueries.search(engine, r, () -> SearchFilters.published(NOW.plusSeconds(1)), NOW, HALF_LIFE)
                                .page()
                                .total()
                        == 0) {
                    Thread.onSpinWait();
                }
                visible.add((System.nanoTime() - start) / 1e6);
            }
            visible.sort(Double::compare);
            System.out.printf(
                    Locale.ROOT,
                    "%nwrite-to-searchable in the engine (put + refresh + search), 20 articles: p50 %.1f ms, max %.1f ms%n",
                    visible.get(10),
                    visible.get(19));
            System.out.printf(
                    Locale.ROOT,
                    "%nTargets (8 clients): p50 <= 5 ms %s (%.2f), p99 <= 50 ms %s (%.2f)%n",
                    eight[0] <= 5 ? "PASS" : "FAIL",
                    eight[0],
                    eight[1] <= 50 ? "PASS" : "FAIL",
                    eight[1]);
            System.out.printf(
                    Locale.ROOT,
                    "1 client: p50 %.2f ms, p99 %.2f ms; 8 clients with facets uncached: p50 %.2f ms, p99 %.2f ms%n",
                    one[0],
                    one[1],
                    results[2 * n - 2][0],
                    results[2 * n - 2][1]);
        }
    }

    private static void index(SearchEngine engine, int articles, Vocabulary words, Path dir) throws Exception {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> parts = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            int p = part;
            parts.add(pool.submit(() -> {
                Random random = new Random(42 + p);
                for (int i = p; i < articles; i += 2) {
                    engine.put(words.article(i + 1, random));
                }
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
        pool.shutdown();
        engine.commit(java.util.Map.of(SearchEngine.FEED_POSITION, "0"));
        engine.refresh();
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf(
                Locale.ROOT,
                "%nindexed %,d articles in %.1f s (%,.0f articles/s); index size %.1f MB (%d documents)%n",
                articles,
                indexSeconds,
                articles / indexSeconds,
                bytes / 1e6,
                engine.documentCount());
    }

    /** One way of searching, measured in the same run as the others. */
    private record Variant(String name, Query search) {}

    private interface Query {
        void run(String q, int i) throws Exception;
    }

    /** The floor: Lucene alone ranking the same words (no filters, recency, facets, highlights or stored fields). */
    private static void bare(SearchEngine engine, String q) {
        org.apache.lucene.search.Query query =
                QueryText.parse(QueryText.clean(q), engine.analyzer(), SearchFields.MATCHED);
        if (query != null) {
            engine.withSearcher(s -> s.search(query, 10));
        }
    }

    /**
     * Where a search's time goes, one client, facets uncached, in the site's order: the pass that keeps the newest
     * matches (scoring them for a relevance page), the facets counted over them, the page (the best kept ones; by
     * date a pass of its own), highlighting with stored fields, and did-you-mean (only when nothing matched).
     */
    private static void phases(SearchEngine engine, List<String> queries) {
        double[] sum = new double[5];
        double[] everyMatch = new double[1];
        long[] over = new long[1];
        long[] matches = new long[1];
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < queries.size(); i++) {
                SearchRequest r = request(queries.get(i), i);
                long[] t = new long[6];
                engine.withSearcher(s -> {
                    var filter = SearchFilters.withRequest(SearchFilters.published(NOW), r, engine.zone());
                    // As the site's path: counted first, then the page ranked within what was counted.
                    var textQuery = r.text().isEmpty()
                            ? null
                            : QueryText.parse(r.text(), engine.queryAnalyzer(s), SearchFields.MATCHED);
                    var matching = IndexQueries.matching(filter, textQuery);
                    boolean searchable = r.text().isEmpty() || textQuery != null;
                    long e0 = System.nanoTime();
                    var all = searchable
                            ? FacetCounter.counted(s.search(matching, new FacetCounter(s.getIndexReader())))
                            : FacetCounter.Counted.NONE;
                    everyMatch[0] += (System.nanoTime() - e0) / 1e6;
                    matches[0] += all.total();
                    t[0] = System.nanoTime();
                    int upTo = r.page() * r.size();
                    boolean relevance = textQuery != null && !r.newestFirst() && upTo <= FacetCounter.BOUND;
                    var kept = searchable
                            ? NewestMatches.find(
                                    s,
                                    relevance
                                            ? IndexQueries.ranked(
                                                    filter,
                                                    textQuery,
                                                    r.text(),
                                                    engine.queryAnalyzer(s),
                                                    NOW,
                                                    HALF_LIFE)
                                            : matching,
                                    FacetCounter.BOUND,
                                    relevance,
                                    null)
                            : null;
                    t[1] = System.nanoTime();
                    var facets = kept != null ? kept.counted(s.getIndexReader()) : FacetCounter.Counted.NONE;
                    t[2] = System.nanoTime();
                    over[0] += facets.exact() ? 0 : 1;
                    IndexQueries.Found f = relevance
                            ? new IndexQueries.Found(
                                    IndexQueries.pageOf(kept.best(upTo), r.page(), r.size()),
                                    new org.apache.lucene.search.TotalHits(
                                            kept.total(), org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
                                    IndexQueries.highlighted(r.text(), engine.queryAnalyzer(s)))
                            : IndexQueries.run(
                                    s,
                                    engine,
                                    r.text(),
                                    IndexQueries.rankedWithin(filter, facets, upTo, FacetCounter.BOUND),
                                    r.newestFirst(),
                                    r.page(),
                                    r.size(),
                                    NOW,
                                    HALF_LIFE,
                                    upTo);
                    t[3] = System.nanoTime();
                    IndexQueries.results(r, IndexQueries.hits(s, engine, f), facets, null);
                    t[4] = System.nanoTime();
                    if (facets.total() == 0 && !r.text().isEmpty()) {
                        Spelling.correct(s.getIndexReader(), engine.analyzer(), r.text());
                    }
                    t[5] = System.nanoTime();
                    return null;
                });
                for (int k = 0; k < 5; k++) {
                    sum[k] += (t[k + 1] - t[k]) / 1e6;
                }
                n++;
            }
        }
        double total = sum[0] + sum[1] + sum[2] + sum[3] + sum[4];
        System.out.printf(
                Locale.ROOT,
                "%nwhere the time goes (1 client, facets uncached, mean over %d searches, %.2f ms each):%n",
                n,
                total / n);
        String[] names = {
            "matches kept (and scored)",
            "facets over them",
            "page (date order: a pass)",
            "highlight + stored fields",
            "did-you-mean"
        };
        for (int k = 0; k < 5; k++) {
            System.out.printf(Locale.ROOT, "  %-26s %6.2f ms  %4.1f%%%n", names[k], sum[k] / n, 100 * sum[k] / total);
        }
        System.out.printf(
                Locale.ROOT,
                "  (facet pass over every match, as before the bound: %.2f ms; %,.0f matches a search on average,"
                        + " %.0f%% of searches over the bound of %,d)%n",
                everyMatch[0] / n,
                (double) matches[0] / n,
                100.0 * over[0] / n,
                FacetCounter.BOUND);
    }

    /** How far the new ranking agrees with the first version's on the relevance-ordered first pages. */
    private static void agreement(SearchEngine engine, List<String> queries) {
        double overlap = 0;
        int sameFirst = 0;
        int n = 0;
        for (String q : queries) {
            SearchRequest r = SearchRequest.of(q, null, null, null, null, null, null, null, null, 10);
            List<Integer> before = LegacySearch.search(engine, r, NOW, HALF_LIFE);
            if (before.isEmpty()) {
                continue;
            }
            List<Integer> now = engine.withSearcher(s -> IndexQueries.run(
                            s,
                            engine,
                            r.text(),
                            SearchFilters.withRequest(SearchFilters.published(NOW), r, engine.zone()),
                            false,
                            1,
                            10,
                            NOW,
                            HALF_LIFE,
                            1000)
                    .page()
                    .stream()
                    .map(d -> d.doc)
                    .toList());
            overlap += (double) before.stream().filter(now::contains).count() / before.size();
            sameFirst += !now.isEmpty() && now.get(0).equals(before.get(0)) ? 1 : 0;
            n++;
        }
        System.out.printf(
                Locale.ROOT,
                "%nranking vs the first version (relevance order, page 1, %d queries with results): "
                        + "top-10 overlap %.2f, same first result %.2f%n",
                n,
                overlap / n,
                (double) sameFirst / n);
    }

    private static SearchRequest request(String q, int i) {
        String section = i % 7 == 0 ? "politics" : null;
        String sort = i % 5 == 0 ? "date" : null;
        String page = i % 11 == 0 ? "2" : null;
        return SearchRequest.of(q, section, null, null, null, null, null, sort, page, 10);
    }

    /** Runs {@code perClient} queries on each of {@code clients} threads; returns {p50, p99, q/s, count, max} in ms. */
    private static double[] run(Variant variant, List<String> queries, int clients, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<double[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c * 37;
            results.add(pool.submit(() -> {
                double[] times = new double[perClient];
                for (int i = 0; i < perClient; i++) {
                    String q = queries.get((offset + i) % queries.size());
                    long t = System.nanoTime();
                    variant.search().run(q, i);
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
                return times;
            }));
        }
        double[] all = new double[clients * perClient];
        int k = 0;
        for (Future<double[]> f : results) {
            for (double t : f.get()) {
                all[k++] = t;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        double p50 = all[all.length / 2];
        double p99 = all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)];
        return new double[] {p50, p99, all.length / seconds, all.length, all[all.length - 1]};
    }

    /**
     * One search as the site runs it, counting at most {@code bound} matches (MAX_VALUE: every
     * match, as before the bound); every seventh with a section filter, every fifth by date, some
     * on page 2.
     */
    private static void search(SearchEngine engine, String q, int i, int bound) {
        IndexQueries.search(engine, request(q, i), () -> SearchFilters.published(NOW), NOW, HALF_LIFE, bound);
    }

    /** Words of the demo content, for generated text and queries. */
    private static final class Vocabulary {
        private final String[] words;
        private final List<SearchDocument.Named> tags = new ArrayList<>();
        private final List<SearchDocument.Named> sections = new ArrayList<>();

        Vocabulary(List<SearchDocument> demo) {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            LinkedHashSet<SearchDocument.Named> t = new LinkedHashSet<>();
            LinkedHashSet<SearchDocument.Named> s = new LinkedHashSet<>();
            for (SearchDocument d : demo) {
                for (String w : (d.headline() + " " + d.summary() + " " + d.bodyText()).split("[\\s،؛.:«»\"()]+")) {
                    if (w.length() > 1) {
                        all.add(w);
                    }
                }
                t.addAll(d.tags());
                s.add(d.section());
            }
            words = all.toArray(String[]::new);
            tags.addAll(t);
            sections.addAll(s);
        }

        SearchDocument article(long id, Random random) {
            String headline = sentence(random, 8 + random.nextInt(6));
            StringBuilder body = new StringBuilder();
            int sentences = 8 + random.nextInt(12);
            for (int i = 0; i < sentences; i++) {
                body.append(sentence(random, 10 + random.nextInt(15))).append(". ");
            }
            List<SearchDocument.Named> articleTags = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                articleTags.add(tags.get(random.nextInt(tags.size())));
            }
            Instant published = NOW.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
            return new SearchDocument(
                    id,
                    "a" + id,
                    headline,
                    "",
                    sentence(random, 20),
                    body.toString(),
                    sections.get(random.nextInt(sections.size())),
                    articleTags.stream().distinct().toList(),
                    List.of(),
                    new SearchDocument.Named("newsroom", "فريق التحرير"),
                    "published",
                    published,
                    published,
                    null);
        }

        private String sentence(Random random, int n) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    s.append(' ');
                }
                s.append(words[random.nextInt(words.length)]);
            }
            return s.toString();
        }

        /** The mixed query set: the relevance set's queries plus generated ones. */
        List<String> queries() {
            List<String> out = new ArrayList<>();
            SearchRelevanceTest.cases().forEach(c -> out.add(c.query()));
            Random random = new Random(99);
            for (int i = 0; i < 100; i++) {
                String a = words[random.nextInt(words.length)];
                String b = words[random.nextInt(words.length)];
                switch (i % 5) {
                    case 0 -> out.add(a);
                    case 1 -> out.add(a + " " + b);
                    case 2 -> out.add("\"" + a + " " + b + "\"");
                    case 3 -> out.add(a + " OR " + b);
                    default -> out.add(a + " -" + b);
                }
            }
            return out;
        }
    }
}
