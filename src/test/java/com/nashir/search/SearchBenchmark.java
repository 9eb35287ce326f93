package com.nashir.search;

import java.io.IOException;
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

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("nashir-search-bench-");
        List<SearchDocument> demo = DemoCorpus.documents();
        Vocabulary words = new Vocabulary(demo);

        System.out.printf(Locale.ROOT, "Nashir search benchmark  %s%n", Instant.now());
        System.out.printf(Locale.ROOT, "java %s, %d cpus, max heap %d MB, index in %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, dir);
        try (SearchEngine engine = new SearchEngine(FSDirectory.open(dir), DemoCorpus.ZONE)) {
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> parts = new ArrayList<>();
            for (int part = 0; part < 2; part++) {
                int p = part;
                parts.add(pool.submit(() -> {
                    Random random = new Random(42 + p);
                    for (int i = p; i < articles; i += 2) {
                        engine.put(words.article(i + 1, random, demo));
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
            System.out.printf(Locale.ROOT, "%nindexed %,d articles in %.1f s (%,.0f articles/s); index size %.1f MB (%d documents)%n",
                    articles, indexSeconds, articles / indexSeconds, bytes / 1e6, engine.documentCount());

            List<String> queries = words.queries();
            run(engine, queries, 1, Math.min(perClient, 500), false);   // warm-up, discarded
            System.out.printf(Locale.ROOT, "%nmixed query set: %d queries (words with and without prefixes, hamza and digit variants,"
                    + " phrases, OR, exclusion, filters, date order, misspellings)%n", queries.size());
            System.out.printf(Locale.ROOT, "%-10s %10s %9s %9s %9s %9s%n", "clients", "queries", "q/s", "p50 ms", "p99 ms", "max ms");
            double[] one = run(engine, queries, 1, perClient, true);
            double[] eight = run(engine, queries, 8, perClient, true);

            List<Double> visible = new ArrayList<>();
            Random random = new Random(7);
            for (int i = 0; i < 20; i++) {
                long id = articles + 1 + i;
                String marker = "ظبنشر" + (char) ('ا' + i) + "كق";
                SearchDocument d = words.article(id, random, demo);
                d = new SearchDocument(d.id(), d.slug(), marker + " " + d.headline(), d.kicker(), d.summary(), d.bodyText(), d.section(),
                        d.tags(), d.authors(), d.desk(), d.status(), NOW, NOW, null);
                long start = System.nanoTime();
                engine.put(d);
                engine.refresh();
                SearchRequest r = SearchRequest.of(marker, null, null, null, null, null, null, null, null, 10);
                while (IndexQueries.search(engine, r, () -> SearchFilters.published(NOW.plusSeconds(1)), NOW, HALF_LIFE).page().total() == 0) {
                    Thread.onSpinWait();
                }
                visible.add((System.nanoTime() - start) / 1e6);
            }
            visible.sort(Double::compare);
            System.out.printf(Locale.ROOT, "%nwrite-to-searchable in the engine (put + refresh + search), 20 articles: p50 %.1f ms, max %.1f ms%n",
                    visible.get(10), visible.get(19));
            System.out.printf(Locale.ROOT, "%nTargets (8 clients): p50 <= 5 ms %s (%.2f), p99 <= 50 ms %s (%.2f)%n",
                    eight[0] <= 5 ? "PASS" : "FAIL", eight[0], eight[1] <= 50 ? "PASS" : "FAIL", eight[1]);
            System.out.printf(Locale.ROOT, "1 client: p50 %.2f ms, p99 %.2f ms%n", one[0], one[1]);
        }
    }

    /** Runs {@code perClient} queries on each of {@code clients} threads; returns {p50, p99} in ms. */
    private static double[] run(SearchEngine engine, List<String> queries, int clients, int perClient, boolean print) throws Exception {
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
                    search(engine, q, i);
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
        if (print) {
            System.out.printf(Locale.ROOT, "%-10d %,10d %9.0f %9.2f %9.2f %9.2f%n", clients, all.length, all.length / seconds, p50, p99,
                    all[all.length - 1]);
        }
        return new double[] {p50, p99};
    }

    /** One search as the site runs it; every seventh with a section filter, every fifth by date, some on page 2. */
    private static void search(SearchEngine engine, String q, int i) {
        String section = i % 7 == 0 ? "politics" : null;
        String sort = i % 5 == 0 ? "date" : null;
        String page = i % 11 == 0 ? "2" : null;
        SearchRequest r = SearchRequest.of(q, section, null, null, null, null, null, sort, page, 10);
        IndexQueries.search(engine, r, () -> SearchFilters.published(NOW), NOW, HALF_LIFE);
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

        SearchDocument article(long id, Random random, List<SearchDocument> demo) {
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
            return new SearchDocument(id, "a" + id, headline, "", sentence(random, 20), body.toString(),
                    sections.get(random.nextInt(sections.size())), articleTags.stream().distinct().toList(), List.of(),
                    new SearchDocument.Named("newsroom", "فريق التحرير"), "published", published, published, null);
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
