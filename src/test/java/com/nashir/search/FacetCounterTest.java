package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bounded count: exact up to the bound; past it, "more than the bound" and facets over
 * exactly the newest matches, over several segments whose times interleave (so the segments'
 * order and the stop inside each one are exercised); past it, a page within the bound is ranked among those newest
 * matches.
 */
class FacetCounterTest {
    static final Instant NOW = DemoCorpus.NOW;
    static final List<SearchDocument.Named> SECTIONS = List.of(
            new SearchDocument.Named("politics", "سياسة"),
            new SearchDocument.Named("sports", "رياضة"),
            new SearchDocument.Named("economy", "اقتصاد"));
    static final int ARTICLES = 600;

    SearchEngine engine;
    /** Every article: id → (minutes old, section), for the expected counts. */
    final Map<Long, long[]> written = new HashMap<>();

    @BeforeEach
    void open() throws IOException {
        engine = new SearchEngine(new ByteBuffersDirectory(), DemoCorpus.ZONE);
        Random random = new Random(11);
        // Five segments (a refresh after each fifth), each with times from the whole range: the newest
        // matches are spread over every segment.
        for (int part = 0; part < 5; part++) {
            for (int i = part; i < ARTICLES; i += 5) {
                long id = i + 1;
                int minutes = random.nextInt(5 * 365 * 24 * 60);
                int section = random.nextInt(SECTIONS.size());
                // every third article lacks the word; the others match "انتخابات"
                String headline = id % 3 == 0 ? "خبر آخر رقم " + id : "انتخابات البلدية رقم " + id;
                engine.put(doc(id, headline, SECTIONS.get(section), NOW.minus(Duration.ofMinutes(minutes))));
                written.put(id, new long[] {minutes, section, id % 3 == 0 ? 0 : 1});
            }
            engine.refresh();
        }
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
    }

    @Test
    void underTheBoundEveryMatchIsCountedExactly() {
        long matches = written.values().stream().filter(w -> w[2] == 1).count();
        SearchResults r = search("انتخابات", null, (int) matches);
        assertThat(r.totalExact()).isTrue();
        assertThat(r.page().total()).isEqualTo(matches);
        assertThat(r.facets().everyMatch()).isTrue();
        assertThat(sections(r)).isEqualTo(expected(Integer.MAX_VALUE));
        assertThat(r).usingRecursiveComparison().isEqualTo(search("انتخابات", null, Integer.MAX_VALUE));
    }

    @Test
    void overTheBoundTheTotalIsMoreThanTheBoundAndFacetsCountTheNewest() {
        for (int bound : new int[] {1, 7, 50, 399}) {
            SearchResults r = search("انتخابات", null, bound);
            assertThat(r.totalExact()).as("bound %d", bound).isFalse();
            assertThat(r.building()).isFalse();
            assertThat(r.page().total()).as("bound %d", bound).isEqualTo(bound);
            assertThat(r.facets().newest()).isEqualTo(bound);
            assertThat(r.facets().everyMatch()).isFalse();
            assertThat(sections(r)).as("bound %d", bound).isEqualTo(expected(bound));
            long years = r.facets().years().stream()
                    .mapToLong(SearchResults.FacetValue::count)
                    .sum();
            assertThat(years).as("every counted match has one year").isEqualTo(bound);
        }
    }

    @Test
    void pastTheBoundAPageIsRankedAmongTheNewestMatchesAndTheDateOrderDoesNotChange() {
        for (String sort : new String[] {null, "date"}) {
            for (String page : new String[] {null, "3"}) {
                SearchRequest request =
                        SearchRequest.of("انتخابات", null, null, null, null, null, null, sort, page, 10);
                SearchResults bounded = IndexQueries.search(
                        engine, request, () -> SearchFilters.published(NOW), NOW, Duration.ofDays(30), 20);
                SearchResults every = IndexQueries.search(
                        engine,
                        request,
                        () -> SearchFilters.published(NOW),
                        NOW,
                        Duration.ofDays(30),
                        Integer.MAX_VALUE);
                assertThat(bounded.page().items()).hasSize(10);
                if (sort == null && page == null) {
                    // Ranked among the 20 newest matches only (the counted ones), not among all of them.
                    Instant twentieth = IndexQueries.search(
                                    engine,
                                    SearchRequest.of("انتخابات", null, null, null, null, null, null, "date", null, 20),
                                    () -> SearchFilters.published(NOW),
                                    NOW,
                                    Duration.ofDays(30),
                                    Integer.MAX_VALUE)
                            .page()
                            .items()
                            .stream()
                            .map(SearchResults.Hit::publishedAt)
                            .min(Comparator.naturalOrder())
                            .orElseThrow();
                    assertThat(bounded.page().items())
                            .allSatisfy(h -> assertThat(h.publishedAt()).isAfterOrEqualTo(twentieth));
                } else {
                    // Newest first, the newest 20 are the first 20 anyway; page 3 (items 21-30) is past the bound
                    // and ranks every match as before.
                    assertThat(bounded.page().items())
                            .as("sort %s page %s", sort, page)
                            .usingRecursiveFieldByFieldElementComparator()
                            .isEqualTo(every.page().items());
                }
            }
        }
        SearchResults byDate = search("انتخابات", "date", 20);
        List<Instant> times = byDate.page().items().stream()
                .map(SearchResults.Hit::publishedAt)
                .toList();
        assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());
        long newest = written.values().stream()
                .filter(w -> w[2] == 1)
                .mapToLong(w -> w[0])
                .min()
                .orElseThrow();
        assertThat(times.get(0)).isEqualTo(NOW.minus(Duration.ofMinutes(newest)));
    }

    @Test
    void aRelevancePageRankedInTheCountingPassIsThePageOfRankingTheCountedMatchesApart() {
        // The counting pass scores what it reads and takes the page from it; the same page as counting first and
        // then ranking within what was counted (the way before, and the way date order still takes), past
        // the bound and under it (600 > 399 > 50 > 20).
        for (int bound : new int[] {20, 50, 399, 1_000}) {
            for (int page = 1; page <= 3 && page * 10 <= bound; page++) {
                assertSamePageEveryWay("انتخابات", bound, page);
            }
        }
    }

    @Test
    void matchesPublishedAtTheSameMomentAsTheOldestCountedAreAllRankedEitherWay() throws IOException {
        Instant same = NOW.minus(Duration.ofMinutes(1));
        for (int i = 0; i < 30; i++) {
            engine.put(doc(20_000 + i, i % 4 == 0 ? "عاصفة عاصفة عاصفة" : "عاصفة رملية", SECTIONS.get(0), same));
            if (i % 10 == 9) {
                engine.refresh();
            }
        }
        for (int bound : new int[] {12, 20}) {
            List<Long> page = assertSamePageEveryWay("عاصفة", bound, 1);
            assertThat(page)
                    .as("the strongest of the 30 tied matches lead, though some are past the %d counted", bound)
                    .startsWith(20_000L, 20_004L, 20_008L, 20_012L, 20_016L, 20_020L, 20_024L, 20_028L);
        }
    }

    /** The page's ids in one pass with counts not cached, again with them cached, and counted then ranked apart. */
    private List<Long> assertSamePageEveryWay(String q, int bound, int page) {
        SearchRequest request = SearchRequest.of(q, null, null, null, null, null, null, null, String.valueOf(page), 10);
        engine.cacheFacets(true); // empties the cache: the first search counts, the second finds the counts
        List<Long> inOnePass = ids(IndexQueries.search(
                engine, request, () -> SearchFilters.published(NOW), NOW, Duration.ofDays(30), bound));
        List<Long> withCachedCounts = ids(IndexQueries.search(
                engine, request, () -> SearchFilters.published(NOW), NOW, Duration.ofDays(30), bound));
        List<Long> apart = engine.withSearcher(s -> {
            org.apache.lucene.search.Query filter =
                    SearchFilters.withRequest(SearchFilters.published(NOW), request, engine.zone());
            org.apache.lucene.search.Query text = QueryText.parse(q, engine.queryAnalyzer(s), SearchFields.MATCHED);
            FacetCounter.Counted counted = FacetCounter.bounded(s, IndexQueries.matching(filter, text), bound);
            IndexQueries.Found found = IndexQueries.run(
                    s,
                    engine,
                    q,
                    IndexQueries.rankedWithin(filter, counted, page * 10, bound),
                    false,
                    page,
                    10,
                    NOW,
                    Duration.ofDays(30),
                    page * 10);
            List<Long> ids = new java.util.ArrayList<>();
            for (var d : found.page()) {
                ids.add(Long.parseLong(s.storedFields().document(d.doc).get(SearchFields.ID)));
            }
            return ids;
        });
        assertThat(inOnePass)
                .as("%s, bound %d, page %d", q, bound, page)
                .hasSize(10)
                .isEqualTo(apart);
        assertThat(withCachedCounts)
                .as("%s, bound %d, page %d, counts cached", q, bound, page)
                .isEqualTo(apart);
        return inOnePass;
    }

    private static List<Long> ids(SearchResults r) {
        return r.page().items().stream().map(SearchResults.Hit::id).toList();
    }

    @Test
    void withASpareProcessorTheSegmentsReadInTwoHalvesGiveTheSameCountsFacetsAndPages() throws Exception {
        // Ties at the oldest counted time too (30 articles of one minute, over three segments), the hardest case for
        // two halves: which tied matches count must not depend on which half read them first.
        Instant same = NOW.minus(Duration.ofMinutes(1));
        for (int i = 0; i < 30; i++) {
            engine.put(
                    doc(30_000 + i, i % 4 == 0 ? "انتخابات انتخابات" : "انتخابات متزامنة", SECTIONS.get(i % 3), same));
            if (i % 10 == 9) {
                engine.refresh();
            }
        }
        var other = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Executor inline = Runnable::run;
        try {
            for (String q : new String[] {"انتخابات", "متزامنة", "البلدية رقم"}) {
                for (int bound : new int[] {1, 7, 12, 20, 31, 50, 399, 430, 1_000}) {
                    for (int page = 1; page <= 3 && page * 10 <= Math.max(bound, 10); page++) {
                        SearchRequest request =
                                SearchRequest.of(q, null, null, null, null, null, null, null, String.valueOf(page), 10);
                        engine.cacheFacets(false);
                        SearchResults alone = IndexQueries.search(
                                engine, request, () -> SearchFilters.published(NOW), NOW, Duration.ofDays(30), bound);
                        for (var spare : List.of(other, inline)) {
                            SearchResults shared = IndexQueries.search(
                                    engine,
                                    request,
                                    () -> SearchFilters.published(NOW),
                                    NOW,
                                    Duration.ofDays(30),
                                    bound,
                                    spare);
                            assertThat(shared)
                                    .as("%s, bound %d, page %d", q, bound, page)
                                    .usingRecursiveComparison()
                                    .isEqualTo(alone);
                        }
                    }
                }
            }
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void anOldStrongMatchPastTheBoundIsNotRankedInWhileUnderTheBoundItLeads() throws IOException {
        // Matches all older than the recency's reach, ranked by their words alone: the trade the bound makes. (Among
        // matches of the last weeks the freshness bonus ranks the new ones first whether the old one is counted or
        // not.)
        long old = 5_000;
        engine.put(doc(old, "زلزال زلزال زلزال", SECTIONS.get(0), NOW.minus(Duration.ofDays(3 * 365))));
        for (int i = 0; i < 25; i++) {
            engine.put(doc(
                    5_001 + i,
                    "تقرير مطول عن آثار الزلزال في المدن الساحلية والجبلية والريفية رقم " + i,
                    SECTIONS.get(1),
                    NOW.minus(Duration.ofDays(400 + i))));
        }
        engine.refresh();

        SearchResults every = search("زلزال", null, Integer.MAX_VALUE);
        assertThat(every.page().items().get(0).id()).as("every match ranked").isEqualTo(old);
        SearchResults bounded = search("زلزال", null, 20);
        assertThat(bounded.totalExact()).isFalse();
        assertThat(bounded.page().items())
                .as("ranked among the 20 newest matches, which the count speaks of")
                .hasSize(10)
                .noneSatisfy(h -> assertThat(h.id()).isEqualTo(old));
    }

    @Test
    void tiesInPublicationTimeStillCountExactlyTheBound() throws IOException {
        Instant same = NOW.minus(Duration.ofMinutes(1));
        for (int i = 0; i < 30; i++) {
            engine.put(doc(10_000 + i, "انتخابات متزامنة", SECTIONS.get(0), same));
            if (i % 10 == 9) {
                engine.refresh();
            }
        }
        SearchResults r = search("متزامنة", null, 12);
        assertThat(r.totalExact()).isFalse();
        assertThat(r.page().total()).isEqualTo(12);
        assertThat(sections(r)).isEqualTo(Map.of("politics", 12L));
        SearchResults exactlyAtTheBound = search("متزامنة", null, 30);
        assertThat(exactlyAtTheBound.totalExact())
                .as("as many matches as the bound: counted, not 'more than'")
                .isTrue();
        assertThat(exactlyAtTheBound.page().total()).isEqualTo(30);
    }

    @Test
    void tagsAreAddedUpAcrossSegmentsAndTheLargestShown_equalCountsByName() throws IOException {
        // Tag t00 on every article, tNN (NN = 1..20) on NN articles, spread over three segments; t05 and
        // t5x both on 5: the fifteen shown are t00, t20 … t07, then of the three with 6 or 5… by name.
        long id = 50_000;
        List<List<String>> tagsOf = new java.util.ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            for (int k = 0; k < n; k++) {
                while (tagsOf.size() <= k) {
                    tagsOf.add(new java.util.ArrayList<>(List.of("t00")));
                }
                tagsOf.get(k).add(String.format("t%02d", n));
            }
        }
        for (int k = 0; k < 5; k++) {
            tagsOf.get(k).add("t5x");
        }
        for (int i = 0; i < tagsOf.size(); i++) {
            engine.put(tagged(id + i, tagsOf.get(i)));
            if (i % 7 == 6) {
                engine.refresh();
            }
        }
        engine.refresh();

        SearchResults r = search("موسوم", null, FacetCounter.BOUND);

        assertThat(r.facets().tags())
                .extracting(SearchResults.FacetValue::key, SearchResults.FacetValue::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("t00", 20L),
                        org.assertj.core.groups.Tuple.tuple("t20", 20L),
                        org.assertj.core.groups.Tuple.tuple("t19", 19L),
                        org.assertj.core.groups.Tuple.tuple("t18", 18L),
                        org.assertj.core.groups.Tuple.tuple("t17", 17L),
                        org.assertj.core.groups.Tuple.tuple("t16", 16L),
                        org.assertj.core.groups.Tuple.tuple("t15", 15L),
                        org.assertj.core.groups.Tuple.tuple("t14", 14L),
                        org.assertj.core.groups.Tuple.tuple("t13", 13L),
                        org.assertj.core.groups.Tuple.tuple("t12", 12L),
                        org.assertj.core.groups.Tuple.tuple("t11", 11L),
                        org.assertj.core.groups.Tuple.tuple("t10", 10L),
                        org.assertj.core.groups.Tuple.tuple("t09", 9L),
                        org.assertj.core.groups.Tuple.tuple("t08", 8L),
                        org.assertj.core.groups.Tuple.tuple("t07", 7L));
        assertThat(search("موسوم", null, Integer.MAX_VALUE).facets().tags())
                .as("the unbounded pass adds its slices up the same way")
                .isEqualTo(r.facets().tags());
        assertThat(FacetOrdinals.largest(new long[] {0, 5, 7, 5, 0, 7}, 3))
                .as("largest first, equal counts in the values' order")
                .containsExactly(2, 5, 1);
    }

    private static SearchDocument tagged(long id, List<String> tags) {
        return new SearchDocument(
                id,
                "a" + id,
                "خبر موسوم رقم " + id,
                "",
                "",
                "نص الخبر",
                SECTIONS.get(0),
                tags.stream().map(t -> new SearchDocument.Named(t, "وسم " + t)).toList(),
                List.of(),
                new SearchDocument.Named("desk", "فريق التحرير"),
                "published",
                NOW.minus(Duration.ofMinutes(id % 97)),
                NOW.minus(Duration.ofMinutes(id % 97)),
                null);
    }

    /** Section counts over the newest {@code bound} matches (all of them for MAX_VALUE). */
    private Map<String, Long> expected(int bound) {
        return written.values().stream()
                .filter(w -> w[2] == 1)
                .sorted(Comparator.comparingLong(w -> w[0]))
                .limit(bound)
                .collect(Collectors.groupingBy(w -> SECTIONS.get((int) w[1]).slug(), Collectors.counting()));
    }

    private static Map<String, Long> sections(SearchResults r) {
        return r.facets().sections().stream()
                .collect(Collectors.toMap(SearchResults.FacetValue::key, SearchResults.FacetValue::count));
    }

    private SearchResults search(String q, String sort, int bound) {
        SearchRequest request = SearchRequest.of(q, null, null, null, null, null, null, sort, null, 10);
        return IndexQueries.search(
                engine, request, () -> SearchFilters.published(NOW), NOW, Duration.ofDays(30), bound);
    }

    private static SearchDocument doc(long id, String headline, SearchDocument.Named section, Instant published) {
        return TestDocuments.published(id, headline, "نص الخبر", section, published);
    }
}
