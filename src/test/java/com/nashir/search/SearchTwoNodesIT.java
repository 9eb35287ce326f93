package com.nashir.search;

import static com.nashir.search.SearchWords.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nashir.NashirApplication;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Several nodes on one database, each with its own index: a node started with an empty or a
 * corrupt index rebuilds it by itself, every node converges on a change made on another one
 * through the change feed, and the reindex command can rebuild a serving node's index.
 */
@IntegrationTest
class SearchTwoNodesIT {
    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Test
    void secondNodeRebuildsItsEmptyIndexAndFollowsChangesMadeOnTheFirst() throws Exception {
        Http one = new Http(port);
        Fixtures fixtures = new Fixtures(one);
        String section = fixtures.section();
        String before = SearchWords.unique();
        long old = fixtures.post(Fixtures.article(section, "قبل العقدة الثانية " + before))
                .get("id")
                .asLong();

        Path data = Files.createTempDirectory("nashir-search-node2-");
        try (ConfigurableApplicationContext node2 = node(data)) {
            Http two = new Http(Integer.parseInt(node2.getEnvironment().getProperty("local.server.port")));
            long rebuilt = within(10_000, () -> finds(two, before, old));
            System.out.printf("search two nodes: empty index rebuilt and searchable after %d ms%n", rebuilt);

            String word = SearchWords.unique();
            long id = fixtures.post(Fixtures.article(section, "خبر من العقدة الأولى " + word))
                    .get("id")
                    .asLong();
            long converged = within(5_000, () -> finds(two, word, id));
            System.out.printf("search two nodes: publish on node 1 searchable on node 2 after %d ms%n", converged);

            assertThat(one.api("PATCH", "/api/v1/articles/" + id, "{\"status\": \"unpublished\"}")
                            .status())
                    .isEqualTo(200);
            long gone = within(5_000, () -> !finds(two, word, id));
            System.out.printf("search two nodes: unpublish on node 1 gone from node 2 after %d ms%n", gone);

            // The reindex command, run beside the serving node 2 (same database and data directory).
            SearchIndex index2 = node2.getBean(SearchIndex.class);
            String generation = index2.generation();
            try (ConfigurableApplicationContext command = command(data)) {
                var built = command.getBean(IndexBuilder.class).rebuild((done, total) -> {});
                assertThat(built.documents()).isGreaterThanOrEqualTo(2);
                within(5_000, () -> built.generation().equals(index2.generation()));
            }
            assertThat(index2.generation()).isNotEqualTo(generation);
            assertThat(finds(two, before, old)).isTrue();
        }
    }

    @Test
    void nodeWithACorruptIndexRebuildsIt() throws Exception {
        String word = SearchWords.unique();
        long id = publish("خبر قديم " + word);

        Path data = Files.createTempDirectory("nashir-search-corrupt-");
        Path generation = Files.createDirectories(data.resolve("search").resolve("g1-broken"));
        Files.write(generation.resolve("segments_1"), "not a lucene index".getBytes(StandardCharsets.UTF_8));
        Files.writeString(data.resolve("search").resolve("CURRENT"), "g1-broken\n");
        try (ConfigurableApplicationContext node = node(data)) {
            Http http = new Http(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
            long ms = within(10_000, () -> finds(http, word, id));
            System.out.printf("search corrupt index: rebuilt and searchable after %d ms%n", ms);
            assertThat(node.getBean(SearchIndex.class).generation()).isNotEqualTo("g1-broken");
        }
    }

    /**
     * Two nodes pointed at one data folder (a shared volume, a copied unit file): the second is refused at start
     * with a message that says why, and the first keeps its index. Before, each took the other's locked index for a
     * broken one and rebuilt it from the database, making it current, in turns, and deleted the one it left.
     */
    @Test
    void aSecondNodeOnTheSameDataFolderIsRefusedAndTheFirstKeepsItsIndex() throws Exception {
        String word = SearchWords.unique();
        long id = publish("خبر العقدة الأولى " + word);
        Path data = Files.createTempDirectory("nashir-search-shared-");
        try (ConfigurableApplicationContext node = node(data)) {
            Http http = new Http(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
            within(10_000, () -> finds(http, word, id));
            SearchIndex index = node.getBean(SearchIndex.class);
            // Its first build done and switched to (the feed may find the article in the empty index before).
            within(10_000, index::ready);
            String generation = index.generation();

            assertThatThrownBy(() -> node(data).close())
                    .hasStackTraceContaining("is in use by another process")
                    .hasStackTraceContaining("NASHIR_DATA_DIR");

            // A generation another process holds open and made current: not taken for a broken one.
            Path held = Files.createDirectories(data.resolve("search").resolve("g9-held"));
            try (var writer = new org.apache.lucene.index.IndexWriter(
                    org.apache.lucene.store.FSDirectory.open(held), new org.apache.lucene.index.IndexWriterConfig())) {
                Files.writeString(data.resolve("search").resolve("CURRENT"), "g9-held\n");
                Thread.sleep(1_500); // three of the node's polls
                assertThat(index.generation()).isEqualTo(generation);
                assertThat(Files.readString(data.resolve("search").resolve("CURRENT")))
                        .as("no generation of the node's own made current")
                        .isEqualTo("g9-held\n");
            }
            Files.writeString(data.resolve("search").resolve("CURRENT"), generation + "\n");
            assertThat(Files.isDirectory(data.resolve("search").resolve(generation)))
                    .isTrue();
            assertThat(finds(http, word, id)).isTrue();
        }
    }

    /**
     * After an upgrade that changed the index's fields: an index written by an earlier version
     * (unsorted, or sorted but without the current layout in its commit) is rebuilt at start.
     */
    @Test
    void nodeWithAnIndexOfAnEarlierLayoutRebuildsIt() throws Exception {
        String word = SearchWords.unique();
        long id = publish("خبر قبل الترقية " + word);
        for (org.apache.lucene.search.Sort sort :
                new org.apache.lucene.search.Sort[] {null, SearchFields.NEWEST_FIRST}) {
            Path data = Files.createTempDirectory("nashir-search-layout-");
            Path generation = Files.createDirectories(data.resolve("search").resolve("g1-earlier"));
            var config = new org.apache.lucene.index.IndexWriterConfig();
            if (sort != null) {
                config.setIndexSort(sort);
            }
            try (var writer = new org.apache.lucene.index.IndexWriter(
                    org.apache.lucene.store.FSDirectory.open(generation), config)) {
                var doc = new org.apache.lucene.document.Document();
                doc.add(new org.apache.lucene.document.StringField(
                        SearchFields.ID, "1", org.apache.lucene.document.Field.Store.YES));
                doc.add(new org.apache.lucene.document.NumericDocValuesField(SearchFields.PUBLISHED, 1));
                doc.add(new org.apache.lucene.document.NumericDocValuesField(SearchFields.MODIFIED, 1));
                writer.addDocument(doc);
                writer.setLiveCommitData(java.util.Map.of(
                                SearchEngine.FEED_POSITION,
                                "999999999",
                                SearchEngine.COMMITTED_AT,
                                Long.toString(System.currentTimeMillis()))
                        .entrySet());
                writer.commit();
            }
            Files.writeString(data.resolve("search").resolve("CURRENT"), "g1-earlier\n");
            try (ConfigurableApplicationContext node = node(data)) {
                Http http = new Http(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")));
                long ms = within(10_000, () -> finds(http, word, id));
                System.out.printf(
                        "search index of an earlier layout (%s): rebuilt and searchable after %d ms%n",
                        sort == null ? "unsorted" : "no layout mark", ms);
            }
        }
    }

    /** Publishes an article with {@code headline} in a new section on the test application's node; its id. */
    private long publish(String headline) {
        Fixtures fixtures = new Fixtures(new Http(port));
        return fixtures.post(Fixtures.article(fixtures.section(), headline))
                .get("id")
                .asLong();
    }

    private static boolean finds(Http http, String word, long id) {
        var r = http.get("/api/v1/search?q=" + enc(word));
        return r.status() == 200
                && r.json().get("items").valueStream().anyMatch(i -> i.get("id").asLong() == id);
    }

    /** Waits for the condition (at most {@code limitMs}); returns how long it took, in ms. */
    private static long within(long limitMs, BooleanSupplier condition) {
        long start = System.nanoTime();
        org.awaitility.Awaitility.await("converged")
                .atMost(java.time.Duration.ofMillis(limitMs))
                .pollInterval(java.time.Duration.ofMillis(20))
                .until(condition::getAsBoolean);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Another node on the database of the test application, with its own data directory. */
    private ConfigurableApplicationContext node(Path data) {
        return new SpringApplicationBuilder(NashirApplication.class).run(args(data, "--server.port=0"));
    }

    /** What {@code java -jar nashir.jar reindex} runs: no web server, no live index. */
    private ConfigurableApplicationContext command(Path data) {
        return new SpringApplicationBuilder(NashirApplication.class)
                .web(WebApplicationType.NONE)
                .run(args(data, "--nashir.search.live=false"));
    }

    private String[] args(Path data, String extra) {
        return new String[] {
            extra,
            "--nashir.demo=false",
            "--nashir.scheduler.interval=1s",
            "--nashir.data-dir=" + data,
            "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
            "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
            "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
            "--spring.main.banner-mode=off"
        };
    }
}
