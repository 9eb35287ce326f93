package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nashir.article.ArticleStatus;
import com.nashir.system.InvalidInputException;
import com.nashir.testing.Http;
import com.nashir.testing.Seed;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine on a small in-memory index: ranking, filters, facets, highlights, suggestions, bad input. */
class SearchEngineTest {
    static final Instant NOW = DemoCorpus.NOW;
    static final SearchDocument.Named POLITICS = new SearchDocument.Named("politics", "سياسة");
    static final SearchDocument.Named SPORTS = new SearchDocument.Named("sports", "رياضة");

    SearchEngine engine;

    @BeforeEach
    void open() throws IOException {
        engine = new SearchEngine(new ByteBuffersDirectory(), DemoCorpus.ZONE);
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
    }

    @Test
    void seedArticleIsFoundByEveryMustShowQueryWithTheMatchMarked() {
        var seed = Http.parse(Seed.read("article.json"));
        List<SearchDocument.Named> tags = new ArrayList<>();
        seed.get("tags").forEach(t -> tags.add(new SearchDocument.Named("t" + tags.size(), t.asString())));
        put(new SearchDocument(
                1,
                "seed",
                seed.get("headline").asString(),
                "",
                "",
                Jsoup.parse(seed.get("body").asString()).text(),
                POLITICS,
                tags,
                List.of(),
                new SearchDocument.Named("newsroom", "فريق التحرير"),
                "published",
                days(3),
                days(3),
                null));
        put(doc(2, "خبر رياضي عن الدوري", "نص لا علاقة له بالسياسة", SPORTS, days(1)));
        for (String q : List.of(
                "تطبيع",
                "التطبيع",
                "والتطبيع",
                "تطبيع العلاقات",
                "اردوغان",
                "أردوغان",
                "حميميم",
                "\"قاعدة حميميم\"",
                "مفاوضات",
                "الروسي")) {
            SearchResults r = search(q);
            assertThat(r.page().items()).as(q).extracting(SearchResults.Hit::id).containsExactly(1L);
            SearchResults.Hit hit = r.page().items().get(0);
            assertThat(hit.snippet().hasMarks() || hit.headline().hasMarks())
                    .as("marked for " + q)
                    .isTrue();
        }
        MarkedText snippet = search("اردوغان").page().items().get(0).snippet();
        assertThat(snippet.parts())
                .filteredOn(MarkedText.Part::marked)
                .extracting(MarkedText.Part::text)
                .contains("أردوغان");
        assertThat(search("\"قاعدة حميميم\"").page().items().get(0).snippet().html())
                .contains("<mark>قاعدة حميميم</mark>");
        MarkedText both = search("اردوغان حميميم").page().items().get(0).snippet();
        assertThat(both.parts())
                .filteredOn(MarkedText.Part::marked)
                .extracting(MarkedText.Part::text)
                .contains("أردوغان", "حميميم");
        assertThat(both.text().length()).isLessThan(Snippets.SNIPPET_CHARS + 60);
    }

    @Test
    void highlightsAreEscaped() {
        put(doc(1, "تطبيع <b>عريض</b>", "نص فيه <script>alert(1)</script> ثم كلمة التطبيع & غيرها", POLITICS, days(1)));
        SearchResults.Hit hit = search("التطبيع").page().items().get(0);
        assertThat(hit.snippet().html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .contains("<mark>التطبيع</mark>")
                .contains("&amp;");
        assertThat(hit.headline().html()).contains("&lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void headlineMatchOutranksBodyMatch() {
        put(doc(1, "خبر عام", "وفي الفقرة الأخيرة ذكر للمفاوضات", POLITICS, days(2)));
        put(doc(2, "المفاوضات تتعثر", "نص عام", POLITICS, days(2)));
        assertThat(ids(search("مفاوضات"))).containsExactly(2L, 1L);
    }

    @Test
    void todaysStoryBeatsATwoYearOldOneOfEqualText() {
        put(doc(1, "انتخابات البلدية", "نص الخبر", POLITICS, days(730)));
        put(doc(2, "انتخابات البلدية", "نص الخبر", POLITICS, days(0)));
        assertThat(ids(search("انتخابات"))).containsExactly(2L, 1L);
    }

    @Test
    void strongOldMatchStillBeatsAWeakNewOne() {
        put(doc(1, "سد النهضة: مفاوضات سد النهضة تعود", "مفاوضات سد النهضة بين الدول الثلاث", POLITICS, days(90)));
        put(doc(2, "أخبار متفرقة", "وفي خبر آخر ذكر عابر لسد", POLITICS, days(0)));
        assertThat(ids(search("سد النهضة"))).containsExactly(1L);
    }

    @Test
    void countsEveryMatchExactlyWhileThePagerStopsAtItsLastPage() {
        int n = 10 * SearchRequest.MAX_PAGE + 50;
        for (int i = 1; i <= n; i++) {
            engine.put(doc(i, "انتخابات البلدية رقم " + i, "نص", i % 2 == 0 ? POLITICS : SPORTS, days(i % 400)));
        }
        engine.refresh();
        SearchResults all = search("انتخابات");
        assertThat(all.totalExact()).isTrue();
        assertThat(all.page().total()).isEqualTo(n);
        assertThat(all.facets().sections())
                .extracting(SearchResults.FacetValue::count)
                .containsExactly((long) n / 2, (long) n / 2);
        SearchResults byDate =
                search(SearchRequest.of("انتخابات", null, null, null, null, null, null, "date", null, 10));
        assertThat(byDate.page().total()).isEqualTo(n);
        assertThat(byDate.page().items().get(0).publishedAt()).isEqualTo(days(0));
        SearchResults narrow = search(SearchRequest.of(
                "انتخابات",
                "sports",
                null,
                null,
                null,
                days(100).atZone(DemoCorpus.ZONE).toLocalDate().toString(),
                null,
                null,
                null,
                10));
        assertThat(narrow.totalExact()).isTrue();
        assertThat(narrow.page().total()).isBetween(100L, 1000L);
    }

    @Test
    void sortByDateOnRequest() {
        put(doc(1, "المفاوضات", "المفاوضات المفاوضات", POLITICS, days(5)));
        put(doc(2, "خبر", "ذكر للمفاوضات", POLITICS, days(1)));
        var r = SearchRequest.of("مفاوضات", null, null, null, null, null, null, "date", null, 10);
        assertThat(ids(search(r))).containsExactly(2L, 1L);
    }

    @Test
    void filtersAndFacets() {
        put(doc(1, "مفاوضات سياسية", "نص", POLITICS, days(1)));
        put(doc(2, "مفاوضات رياضية", "نص", SPORTS, days(400)));
        put(doc(3, "مفاوضات ثالثة", "نص", SPORTS, days(2)));
        SearchResults all = search("مفاوضات");
        assertThat(all.facets().sections())
                .extracting(SearchResults.FacetValue::key, SearchResults.FacetValue::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sports", 2L),
                        org.assertj.core.groups.Tuple.tuple("politics", 1L));
        assertThat(all.facets().years())
                .extracting(SearchResults.FacetValue::key)
                .containsExactly("2025", "2024");
        assertThat(all.facets().tags())
                .extracting(SearchResults.FacetValue::label)
                .contains("وسم");
        assertThat(ids(search(SearchRequest.of("مفاوضات", "sports", null, null, null, null, null, null, null, 10))))
                .containsExactlyInAnyOrder(2L, 3L);
        assertThat(ids(search(SearchRequest.of("مفاوضات", null, null, null, null, "2025-01-01", null, null, null, 10))))
                .containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(search(SearchRequest.of(
                        "مفاوضات", null, null, null, "desk", "2024-01-01", "2024-12-31", null, null, 10))))
                .containsExactly(2L);
    }

    @Test
    void theMatchesAuthorsAreAFacetAndAFilter_aDeskBylineCountsForNone() {
        SearchDocument.Named amal = new SearchDocument.Named("amal", "أمل حداد");
        SearchDocument.Named samir = new SearchDocument.Named("samir", "سمير العلي");
        put(signed(1, "مفاوضات المياه", List.of(amal)));
        put(signed(2, "مفاوضات الحدود", List.of(amal, samir)));
        put(signed(3, "مفاوضات التجارة", List.of(samir)));
        put(signed(4, "مفاوضات النقل", List.of(amal)));
        put(doc(5, "مفاوضات بلا كاتب", "نص", POLITICS, days(1))); // signed by the desk
        put(signed(6, "خبر آخر", List.of(new SearchDocument.Named("nour", "نور"))));
        SearchResults all = search("مفاوضات");
        assertThat(all.facets().authors())
                .extracting(
                        SearchResults.FacetValue::key, SearchResults.FacetValue::label, SearchResults.FacetValue::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("amal", "أمل حداد", 3L),
                        org.assertj.core.groups.Tuple.tuple("samir", "سمير العلي", 2L));
        SearchResults bySamir =
                search(SearchRequest.of("مفاوضات", null, null, "samir", null, null, null, null, null, 10));
        assertThat(ids(bySamir)).containsExactlyInAnyOrder(2L, 3L);
        assertThat(bySamir.facets().authors())
                .extracting(SearchResults.FacetValue::key, SearchResults.FacetValue::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("samir", 2L),
                        org.assertj.core.groups.Tuple.tuple("amal", 1L));
    }

    private static SearchDocument signed(long id, String headline, List<SearchDocument.Named> authors) {
        return new SearchDocument(
                id,
                "s" + id,
                headline,
                "",
                "",
                "نص",
                POLITICS,
                List.of(),
                authors,
                null,
                "published",
                days(1),
                days(1),
                null);
    }

    @Test
    void draftsAreNotPublic() {
        put(withStatus(1, "مسودة عن التطبيع", "draft", null));
        put(withStatus(2, "مقال مجدول عن التطبيع", "published", NOW.plusSeconds(3600)));
        assertThat(search("التطبيع").page().total()).isZero();
    }

    @Test
    void onlyPublishedIsPublicWhateverTheTimeOfTheOthers() {
        for (ArticleStatus status : ArticleStatus.values()) {
            put(withStatus(status.ordinal(), "خبر عن التطبيع", status.wire(), days(2)));
        }
        assertThat(ids(search("التطبيع"))).containsExactly((long) ArticleStatus.PUBLISHED.ordinal());
    }

    /** A politics article with only a headline and a status (null {@code published}: never published). */
    private static SearchDocument withStatus(long id, String headline, String status, Instant published) {
        return new SearchDocument(
                id, "s" + id, headline, "", "", "نص", POLITICS, List.of(), List.of(), null, status, published, days(0),
                5L);
    }

    @Test
    void orAndExclusionAndPhrases() {
        put(doc(1, "فاس تحتفل", "نص", POLITICS, days(1)));
        put(doc(2, "الرباط تستضيف", "نص", POLITICS, days(1)));
        put(doc(3, "فاس والرباط", "نص", POLITICS, days(1)));
        assertThat(ids(search("فاس OR الرباط"))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(ids(search("فاس أو الرباط"))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(ids(search("فاس الرباط"))).containsExactly(3L);
        assertThat(ids(search("فاس -الرباط"))).containsExactly(1L);
        assertThat(ids(search("-فاس"))).containsExactly(2L);
        assertThat(ids(search("\"الرباط تستضيف\""))).containsExactly(2L);
    }

    @Test
    void badInputGivesAResultOrAClearMessage() {
        put(doc(1, "التطبيع بين البلدين", "نص", POLITICS, days(1)));
        assertThat(search("").page().total()).isZero();
        assertThatThrownBy(() -> SearchRequest.of("ا".repeat(2000), null, null, null, null, null, null, null, null, 10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("q");
        assertThat(ids(search("\"التطبيع بين"))).containsExactly(1L);
        for (String q : List.of(
                "*",
                "~",
                ":",
                "\\",
                "تطبيع*",
                "تطبيع~2",
                "headline:تطبيع",
                "\\تطبيع",
                "(تطبيع",
                "تطبيع)",
                "+-|\"",
                "تط\u0000بيع",
                "\u0007تطبيع\u001b",
                "\u202Bتطبيع\u202C")) {
            SearchResults r = search(q);
            assertThat(r).as(q).isNotNull();
        }
        assertThat(ids(search("\u202Bتطبيع\u202C"))).containsExactly(1L);
        assertThat(ids(search("تطبيع: البلدين"))).containsExactly(1L);
        assertThatThrownBy(() -> SearchRequest.of("x", null, null, null, null, "17-06-2024", null, null, null, 10))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchRequest.of("x", null, null, null, null, null, null, null, "0", 10))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void didYouMeanWhenNothingMatchesButACloseSpellingDoes() {
        put(doc(1, "قاعدة حميميم الجوية", "نص عن القاعدة", POLITICS, days(1)));
        SearchResults r = search("حميمين");
        assertThat(r.page().total()).isZero();
        assertThat(r.didYouMean()).isEqualTo("حميميم");
        assertThat(search("حميميم").didYouMean()).isNull();
    }

    @Test
    void wordsStartingWithWawMeetWithAndWithoutTheArticle() {
        put(doc(1, "الوزير يزور الوزارة", "نص", POLITICS, days(1)));
        put(doc(2, "وزير جديد للمالية", "وزارة المالية تعلن", POLITICS, days(2)));
        put(doc(3, "اجتماع الوزراء العرب", "نص", POLITICS, days(3)));
        put(doc(4, "زير الماء الفخاري", "نص", POLITICS, days(4)));
        for (String q : List.of("وزير", "الوزير", "والوزير")) {
            assertThat(ids(search(q))).as(q).contains(1L, 2L, 3L);
        }
        // The bare word may also be و + زير (both readings are kept); with the article it cannot.
        assertThat(ids(search("الوزير"))).doesNotContain(4L);
        assertThat(ids(search("الوزارة"))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(search("وزارة"))).containsExactlyInAnyOrder(1L, 2L);
        // A broken plural finds its singular and the other way round, with and without the article.
        assertThat(ids(search("وزراء"))).contains(1L, 2L, 3L);
        assertThat(search("وزير").page().items().stream()
                        .filter(h -> h.id() == 3L)
                        .findFirst()
                        .orElseThrow()
                        .headline()
                        .html())
                .contains("<mark>الوزراء</mark>");
    }

    @Test
    void didYouMeanIsWrittenAsTheArticlesWriteIt() {
        put(doc(1, "لقاء مع أردوغان في أنقرة", "صرّح أردوغان بأن المفاوضات مستمرة", POLITICS, days(1)));
        assertThat(search("اردغان").didYouMean()).isEqualTo("أردوغان");
        assertThat(search("انقره اردغان").didYouMean()).isEqualTo("انقره أردوغان");
    }

    @Test
    void aSingleLetterPrepositionIsDecidedByTheIndexVocabulary() {
        put(doc(1, "زيارة إلى عمان", "وصل الوفد إلى عمان صباحاً وغادر عمان مساءً", POLITICS, days(1)));
        put(doc(2, "مؤتمر لعمان", "خطة جديدة لعمان", POLITICS, days(2)));
        put(doc(5, "أسعار عمان", "ارتفعت الأسعار في عمان", POLITICS, days(5)));
        put(doc(3, "بوتين يزور دمشق", "وصل بوتين", POLITICS, days(3)));
        put(doc(4, "بدمشق اجتماع", "نص", POLITICS, days(4)));
        put(doc(6, "دمشق تستضيف معرضاً", "نص", POLITICS, days(6)));
        // عمان is in more articles than لعمان: the ل is a preposition.
        assertThat(ids(search("لعمان"))).contains(1L, 2L, 5L);
        assertThat(ids(search("عمان"))).contains(1L, 2L, 5L);
        assertThat(ids(search("دمشق"))).contains(3L, 4L, 6L);
        // بوتين is not ب + وتين: the index has no وتين, so nothing else is searched.
        assertThat(ids(search("بوتين"))).containsExactly(3L);
    }

    @Test
    void aBrokenPluralByPatternFindsItsSingularOnlyWhenTheIndexKnowsIt() {
        put(doc(1, "حقيبة جديدة", "نص", POLITICS, days(1)));
        put(doc(2, "الحقائب في المطار", "نص", POLITICS, days(2)));
        assertThat(ids(search("حقائب"))).contains(1L, 2L);
        assertThat(ids(search("حقيبة"))).contains(1L, 2L);
    }

    @Test
    void aBrokenPluralWhoseFirstLetterIsWawIsNotReadAsAndPlusAWord() {
        // Lucene's stemmer takes the و of وثائق for "and"; the pattern must also see the whole word.
        put(doc(1, "وثيقة سرية تكشف الخطة", "نص", POLITICS, days(1)));
        put(doc(2, "الوظائف الجديدة في القطاع العام", "نص", POLITICS, days(2)));
        assertThat(ids(search("وثائق"))).containsExactly(1L);
        assertThat(ids(search("الوثائق"))).containsExactly(1L);
        assertThat(ids(search("وظيفة"))).containsExactly(2L);
        assertThat(ids(search("ووثائق"))).containsExactly(1L);
    }

    @Test
    void aPluralOfTheActiveParticipleFindsItsSingular() {
        put(doc(1, "الحارس يغلق البوابة", "نص", POLITICS, days(1)));
        put(doc(2, "ناقد سينمائي يكتب عن المهرجان", "نص", POLITICS, days(2)));
        assertThat(ids(search("حرّاس"))).containsExactly(1L);
        assertThat(ids(search("النقاد"))).containsExactly(2L);
    }

    @Test
    void aNameWrittenInLatinFindsItsArabicSpellingAndTheOtherWay() {
        put(doc(1, "سامسونج تطلق هاتفاً", "نص", POLITICS, days(1)));
        put(doc(2, "Samsung في المعرض", "نص", POLITICS, days(2)));
        assertThat(ids(search("Samsung"))).contains(1L, 2L);
        assertThat(ids(search("سامسونج"))).contains(1L, 2L);
        put(doc(3, "غوغل تحدّث محركها", "نص", POLITICS, days(3)));
        assertThat(ids(search("Google"))).containsExactly(3L);
    }

    @Test
    void hamzaDroppedOrOnItsSeatMeets() {
        put(doc(1, "سؤال البيئة", "نص", POLITICS, days(1)));
        assertThat(ids(search("سوال"))).containsExactly(1L);
        assertThat(ids(search("بيية"))).containsExactly(1L);
    }

    @Test
    void didYouMeanFindsTheWordInsideItsAffixesOrStaysSilent() {
        put(doc(1, "اجتماع في دمشق", "نص عن دمشق", POLITICS, days(1)));
        // Found through the vocabulary: no suggestion needed.
        assertThat(search("بدمشق").page().total()).isEqualTo(1);
        assertThat(Spelling.keepsAffixes("بدمشق", "لدمشق")).isFalse();
        assertThat(Spelling.keepsAffixes("اردغان", "اردوغان")).isTrue();
        assertThat(search("دمشقهم").didYouMean()).isIn(null, "دمشق");
    }

    @Test
    void autocompleteByTheStartOfAHeadlineWord() throws IOException {
        put(doc(1, "روسيا ترعى التطبيع", "نص", POLITICS, days(1)));
        put(doc(2, "خبر آخر", "التطبيع في النص فقط", POLITICS, days(1)));
        List<Suggestion> s = complete("تطب");
        assertThat(s).extracting(Suggestion::id).containsExactly(1L);
        assertThat(complete("روسيا الت")).extracting(Suggestion::id).containsExactly(1L);
        assertThat(complete("ت")).isEmpty();
    }

    @Test
    void updateReplacesAndRemoveDeletes() {
        put(doc(1, "عنوان أول", "نص", POLITICS, days(1)));
        put(doc(1, "عنوان ثان عن التطبيع", "نص", POLITICS, days(1)));
        assertThat(search("التطبيع").page().total()).isEqualTo(1);
        assertThat(search("أول").page().total()).isZero();
        engine.remove(1);
        engine.refresh();
        assertThat(search("التطبيع").page().total()).isZero();
    }

    @Test
    void aRebuiltIndexMergedIntoOneSegmentFindsTheSameAndRemovesStillWork() {
        for (int i = 1; i <= 40; i++) {
            put(doc(i, "انتخابات البلدية رقم " + i, "نص الخبر", i % 2 == 0 ? POLITICS : SPORTS, days(i)));
        }
        SearchResults before = search("انتخابات");
        assertThat(segments()).isGreaterThan(1);

        engine.mergeIntoOneSegment();
        engine.refresh();

        assertThat(segments()).isEqualTo(1);
        assertThat(search("انتخابات")).usingRecursiveComparison().isEqualTo(before);
        engine.remove(2);
        engine.refresh();
        assertThat(ids(search("انتخابات"))).doesNotContain(2L).hasSize(10);
        assertThat(search("انتخابات").page().total()).isEqualTo(39);
    }

    @Test
    void theSmallSegmentsOfLaterWritesAreMergedIntoOneBesideTheRebuiltOne() throws Exception {
        // Lucene's usual policy told to keep up to 50 small segments, as a big index's policy does with these.
        engine.close();
        engine = new SearchEngine(
                new ByteBuffersDirectory(), DemoCorpus.ZONE, 16, new TieredMergePolicy().setSegmentsPerTier(50));
        for (int i = 1; i <= 200; i++) {
            engine.put(doc(i, "انتخابات البلدية رقم " + i, "نص الخبر", POLITICS, days(30 + i)));
        }
        engine.mergeIntoOneSegment();
        engine.refresh();
        assertThat(engine.mergeTailIfLong()).as("one segment: nothing to merge").isFalse();
        // A newsroom's later writes, each made visible on its own as the feed applies it: small segments.
        for (int i = 201; i <= 220; i++) {
            put(doc(i, "انتخابات المجلس المحلي " + i, "نص الخبر", SPORTS, NOW.minus(Duration.ofHours(i - 200))));
        }
        put(doc(7, "انتخابات البلدية رقم 7 بعد التصحيح", "نص الخبر", POLITICS, days(37)));
        assertThat(segments()).isGreaterThan(SearchEngine.TAIL_MERGE_AT);
        SearchResults before = search("انتخابات");

        assertThat(engine.mergeTailIfLong()).isTrue();
        for (int waited = 0; segments() > 2 && waited < 200; waited++) {
            Thread.sleep(50); // Lucene's merge threads
            engine.refresh();
        }

        assertThat(segments()).isEqualTo(2);
        assertThat(search("انتخابات")).usingRecursiveComparison().isEqualTo(before);
        assertThat(search("انتخابات").page().total()).isEqualTo(220);
        assertThat(engine.mergeTailIfLong()).isFalse();
    }

    private int segments() {
        return engine.<Integer>withSearcher(s -> s.getIndexReader().leaves().size());
    }

    private List<Suggestion> complete(String typed) {
        return engine.withSearcher(
                searcher -> Spelling.complete(searcher, engine.analyzer(), typed, SearchFilters.published(NOW), 8));
    }

    private void put(SearchDocument d) {
        engine.put(d);
        engine.refresh();
    }

    private static SearchDocument doc(
            long id, String headline, String body, SearchDocument.Named section, Instant published) {
        return TestDocuments.published(id, headline, body, section, published);
    }

    private static Instant days(int n) {
        return NOW.minus(Duration.ofDays(n));
    }

    private SearchResults search(String q) {
        return search(SearchRequest.of(q, null, null, null, null, null, null, null, null, 10));
    }

    private SearchResults search(SearchRequest r) {
        if (r.isEmpty()) {
            return SearchResults.empty(r);
        }
        return IndexQueries.search(engine, r, () -> SearchFilters.published(NOW), NOW, Duration.ofDays(30));
    }

    private static List<Long> ids(SearchResults r) {
        return r.page().items().stream().map(SearchResults.Hit::id).toList();
    }
}
