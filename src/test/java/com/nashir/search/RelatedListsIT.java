package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "اقرأ أيضاً" is kept per article: a page shows its article's kept list without searching the
 * archive; a page that finds no list leaves it to be kept in the background; the article's
 * change forgets it; the {@code related} command keeps one for every public article.
 */
@IntegrationTest
class RelatedListsIT {
    @LocalServerPort
    int port;

    @Autowired
    RelatedLists lists;

    @Autowired
    RelatedFill fill;

    @Autowired
    JdbcClient jdbc;

    Http http;
    Fixtures fx;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new Fixtures(http);
    }

    @Test
    void aPageShowsItsArticlesKeptList() {
        String section = fx.section();
        long water = id(fx.post(Fixtures.article(section, "شح المياه في الصيف يدفع المزارعين إلى ترك الأرض " + tag())));
        long football =
                id(fx.post(Fixtures.article(section, "المنتخب يفوز في مباراة الافتتاح بهدفين نظيفين " + tag())));
        long market = id(fx.post(Fixtures.article(section, "البورصة تغلق على ارتفاع بدعم من أسهم المصارف " + tag())));
        // Kept as if found earlier: what the page shows is the list, in its order, not a search of the moment.
        lists.save(water, modifiedAt(water), List.of(market, football), Instant.now());

        var page = Jsoup.parse(http.get(path(water)).body());
        assertThat(page.select(".related .card-title").eachText())
                .as("the kept list, in its order")
                .hasSize(2)
                .satisfies(h -> {
                    assertThat(h.get(0)).contains("البورصة");
                    assertThat(h.get(1)).contains("المنتخب");
                });
    }

    @Test
    void aPageWithoutAListLeavesItToBeKept_andTheArticlesChangeForgetsIt() throws Exception {
        String section = fx.section();
        String topic = tag();
        long first = id(
                fx.post(with(Fixtures.article(section, "سدود الجنوب تفقد نصف مخزونها بعد شتاء جاف " + topic), topic)));
        id(fx.post(with(Fixtures.article(section, "وزارة المياه توزع حصص الري على مزارع الجنوب " + topic), topic)));

        assertThat(http.get(path(first)).status()).isEqualTo(200);
        until(() -> lists.of(first).isPresent());
        assertThat(lists.of(first).orElseThrow().ids())
                .as("found in the background, the other story about the dams first")
                .isNotEmpty();

        var r = http.api(
                "PATCH",
                "/api/v1/articles/" + first,
                Http.json(Map.of("headline", "سدود الجنوب: المخزون عند أدنى مستوى " + topic)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(lists.of(first))
                .as("the change forgot the list found for the old text")
                .isEmpty();
    }

    @Test
    void theFillKeepsAListForEveryPublicArticleAndNoneForDrafts() {
        String section = fx.section();
        long published = id(fx.post(Fixtures.article(section, "افتتاح معرض الكتاب بمشاركة مئات الناشرين " + tag())));
        Map<String, Object> draft = Fixtures.article(section, "مسودة عن معرض الكتاب " + tag());
        draft.put("status", "draft");
        draft.remove("publishedAt");
        long unpublished = id(fx.post(draft));

        var filled = fill.fillAll((done, total) -> {}, 2);

        assertThat(filled.articles()).isGreaterThanOrEqualTo(1);
        assertThat(lists.of(published)).isPresent();
        assertThat(lists.of(unpublished)).isEmpty();
    }

    @Test
    void listsKeptTogetherLeaveOutAnArticleChangedSinceItsListWasFound() {
        String section = fx.section();
        long a = id(fx.post(Fixtures.article(section, "مهرجان المسرح يفتتح دورته الجديدة " + tag())));
        long b = id(fx.post(Fixtures.article(section, "فرق المسرح العربي تتنافس على جوائز المهرجان " + tag())));
        List<Long> foundForB = List.of(a, 424_242L);

        lists.saveAll(
                List.of(
                        new RelatedLists.Found(a, modifiedAt(a), List.of(b)),
                        new RelatedLists.Found(b, modifiedAt(b).minusSeconds(1), foundForB)),
                Instant.now());

        assertThat(lists.of(List.of(a, b)).get(a).ids()).containsExactly(b);
        assertThat(lists.of(b).map(RelatedLists.Stored::ids))
                .as("a list found for an older version of the article is not kept")
                .isNotEqualTo(java.util.Optional.of(foundForB));
    }

    private static Map<String, Object> with(Map<String, Object> article, String tag) {
        article.put("tags", List.of(tag));
        return article;
    }

    private static String tag() {
        return "وسم" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static long id(tools.jackson.databind.JsonNode article) {
        return article.get("id").asLong();
    }

    private String path(long id) {
        return Fixtures.path(http.api("GET", "/api/v1/articles/" + id, null)
                .json()
                .get("url")
                .asString());
    }

    private Instant modifiedAt(long id) {
        return jdbc.sql("select modified_at from article where id = ?")
                .param(id)
                .query((rs, n) -> com.nashir.system.Sql.instant(rs, 1))
                .single();
    }

    private static void until(BooleanSupplier condition) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }
}
