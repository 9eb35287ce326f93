package com.nashir.frontpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nashir.audit.AuditLog;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.OtherNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The home page's curation through {@code /api/v1/front-page}: pins and section blocks show on the
 * home page at once (on another node too), a pin's "until" hands its slot back to the newest,
 * bad input is a problem+json naming the field and nothing is saved, only editors and admins may,
 * and every change is in the audit log.
 */
@IntegrationTest
class FrontPageApiIT {
    private static final String ENGINE = System.getProperty("nashir.test.db", "h2");

    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Autowired
    AuditLog audit;

    Http http;
    Fixtures fx;
    String section;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new Fixtures(http);
        section = fx.section();
    }

    /** Other tests share the site: leave the home page as it was found (nothing pinned, every section). */
    @AfterEach
    void clear() {
        assertThat(http.api("PUT", "/api/v1/front-page", "{}").status()).isEqualTo(200);
    }

    private long article(String headline, Instant publishedAt) {
        Map<String, Object> a = Fixtures.article(section, headline);
        a.put("publishedAt", publishedAt.toString());
        return fx.post(a).get("id").asLong();
    }

    private Document home() {
        return Jsoup.parse(http.get("/").body());
    }

    private static Map<String, Object> pin(long id, String until) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("articleId", id);
        p.put("until", until);
        return p;
    }

    @Test
    void pinsShowOnTheHomePageAtOnceAndTheApiReadsThemBack() {
        long old = article("خبر قديم يثبّته المحرر رئيسياً", Instant.now().minus(Duration.ofDays(3)));
        long second = article("ثاني الأخبار المثبّتة", Instant.now().minus(Duration.ofDays(2)));
        long newest = article("أحدث خبر غير مثبّت " + section, Instant.now().minusSeconds(5));
        assertThat(home().selectFirst(".lead-story h2").text()).isEqualTo("أحدث خبر غير مثبّت " + section);

        var put = http.api(
                "PUT",
                "/api/v1/front-page",
                Http.json(Map.of("lead", List.of(pin(old, null)), "top", List.of(pin(second, null)))));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("lead").get(0).get("articleId").asLong()).isEqualTo(old);
        assertThat(put.json().get("lead").get(0).get("headline").asString())
                .isEqualTo("خبر قديم يثبّته المحرر رئيسياً");

        Document page = home();
        assertThat(page.selectFirst(".lead-story h2").text()).isEqualTo("خبر قديم يثبّته المحرر رئيسياً");
        assertThat(page.select(".top-stories .card-title").eachText()).first().isEqualTo("ثاني الأخبار المثبّتة");
        // The newest fills the next top slot, and shows once only.
        assertThat(page.select(".top-stories .card-title").eachText()).contains("أحدث خبر غير مثبّت " + section);
        String link = "a[href*=/news/" + newest + "/]";
        assertThat(page.select(".lead-title " + link + ", .top-stories .card-title " + link + ", .strip-list " + link
                        + ", .section-block .card-title " + link))
                .hasSize(1);

        JsonNode got = http.api("GET", "/api/v1/front-page", null).json();
        assertThat(got.get("top").get(0).get("articleId").asLong()).isEqualTo(second);
        assertThat(got.get("sections").isNull()).isTrue();
        assertThat(got.get("slots").get("top").asInt()).isEqualTo(4);

        var entries =
                audit.page(new AuditLog.Filter("front.update", null), 1, 5).items();
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).detail()).contains("lead: " + old).contains("top: " + second);
        assertThat(entries.get(0).target()).isEqualTo("front");
    }

    @Test
    void aPinWhoseTimeIsUpHandsItsSlotToTheNewest() throws Exception {
        long old = article("خبر مثبّت لثوانٍ", Instant.now().minus(Duration.ofDays(3)));
        article("الأحدث بعد انتهاء التثبيت " + section, Instant.now().minusSeconds(5));
        // Long enough for a slow machine to show the pin first, short enough for the test.
        Instant end = Instant.now().plusSeconds(8);
        assertThat(http.api("PUT", "/api/v1/front-page", Http.json(Map.of("lead", List.of(pin(old, end.toString())))))
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(
                        () -> assertThat(home().selectFirst(".lead-story h2").text())
                                .as("the pinned lead")
                                .isEqualTo("خبر مثبّت لثوانٍ"));
        assertThat(Instant.now()).as("shown before its end").isBefore(end);
        // The cached home page was fresh only until the pin's end: after it, the newest takes the slot.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(
                        () -> assertThat(home().selectFirst(".lead-story h2").text())
                                .as("the pin's slot handed to the newest after its end")
                                .isEqualTo("الأحدث بعد انتهاء التثبيت " + section));
        assertThat(Instant.now()).as("not before the pin's end").isAfterOrEqualTo(end);
        assertThat(http.api("GET", "/api/v1/front-page", null)
                        .json()
                        .get("lead")
                        .size())
                .isZero();
    }

    @Test
    void sectionBlocksFollowTheEditorsChoiceAndOrder() {
        String other = fx.section();
        // Newer stories fill the zones, so the two sections' stories are left for their blocks.
        String filler = fx.section();
        for (int i = 0; i < Zone.allSlots(); i++) {
            Map<String, Object> f = Fixtures.article(filler, "خبر يملأ الواجهة " + i);
            f.put("publishedAt", Instant.now().minus(Duration.ofMinutes(10 + i)).toString());
            fx.post(f);
        }
        article("خبر في القسم الأول " + section, Instant.now().minus(Duration.ofDays(400)));
        Map<String, Object> a = Fixtures.article(other, "خبر في القسم الثاني " + other);
        a.put("publishedAt", Instant.now().minus(Duration.ofDays(400)).toString());
        fx.post(a);
        long first = http.api("GET", "/api/v1/sections/" + section, null)
                .json()
                .get("id")
                .asLong();
        long second = http.api("GET", "/api/v1/sections/" + other, null)
                .json()
                .get("id")
                .asLong();
        assertThat(http.api("PUT", "/api/v1/front-page", Http.json(Map.of("sections", List.of(second, first))))
                        .status())
                .isEqualTo(200);
        assertThat(home().select(".section-block h2").eachText()).containsExactly("قسم " + other, "قسم " + section);
        assertThat(http.api("PUT", "/api/v1/front-page", Http.json(Map.of("sections", List.of(first))))
                        .status())
                .isEqualTo(200);
        assertThat(home().select(".section-block h2").eachText()).containsExactly("قسم " + section);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndSavesNothing() {
        long ok = article("خبر صالح للتثبيت", Instant.now().minus(Duration.ofDays(3)));
        Map<String, Object> draft = Fixtures.article(section, "مسودة لا تُثبّت");
        draft.put("status", "draft");
        long unpublished = fx.post(draft).get("id").asLong();
        assertThat(http.api("PUT", "/api/v1/front-page", Http.json(Map.of("top", List.of(pin(ok, null)))))
                        .status())
                .isEqualTo(200);

        problem(Map.of("lead", List.of(pin(999_999_999L, null))), "lead[0].articleId", "لا يوجد مقال");
        problem(Map.of("lead", List.of(pin(unpublished, null))), "lead[0].articleId", "غير منشور");
        problem(Map.of("top", List.of(pin(ok, "غداً"))), "top[0].until", "غير صالح");
        problem(Map.of("top", List.of(pin(ok, "2020-01-01T00:00:00Z"))), "top[0].until", "مضى");
        problem(Map.of("lead", List.of(pin(ok, null), pin(ok, null))), "lead", "لا تتّسع");
        problem(
                Map.of("top", List.of(pin(ok, null)), "strip", List.of(pin(ok, null))),
                "strip[0].articleId",
                "أكثر من مرة");
        problem(Map.of("sections", List.of(999_999_999L)), "sections[0]", "لا يوجد قسم");
        var notJson = http.api("PUT", "/api/v1/front-page", "{\"lead\": 5}");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");

        // Nothing of the refused layouts was saved.
        JsonNode got = http.api("GET", "/api/v1/front-page", null).json();
        assertThat(got.get("top").get(0).get("articleId").asLong()).isEqualTo(ok);
        assertThat(got.get("lead").size()).isZero();
    }

    private void problem(Map<String, Object> body, String field, String message) {
        var r = http.api("PUT", "/api/v1/front-page", Http.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("field").asString()).isEqualTo(field);
        assertThat(r.json().get("detail").asString()).contains(message);
    }

    @Test
    void onlyEditorsAndAdminsCurate() {
        Newsroom people = new Newsroom(http);
        long id = article("خبر يحاول الكاتب تثبيته", Instant.now().minus(Duration.ofDays(3)));
        String body = Http.json(Map.of("lead", List.of(pin(id, null))));
        assertThat(http.apiAs(people.writer, "PUT", "/api/v1/front-page", body).status())
                .isEqualTo(403);
        assertThat(http.apiAs(people.writer, "GET", "/api/v1/front-page", null).status())
                .isEqualTo(403);
        assertThat(http.apiAs(null, "GET", "/api/v1/front-page", null).status()).isEqualTo(401);
        assertThat(http.apiAs(people.editor, "PUT", "/api/v1/front-page", body).status())
                .isEqualTo(200);
    }

    @Test
    void anotherNodeShowsTheNewLeadAtOnce() throws Exception {
        Assumptions.assumeTrue(
                "postgres".equals(ENGINE) || "postgresql".equals(ENGINE),
                "nodes hear each other's changes through PostgreSQL");
        long old = article("خبر تثبّته العقدة الأولى", Instant.now().minus(Duration.ofDays(3)));
        article("أحدث خبر قبل التثبيت " + section, Instant.now().minusSeconds(5));
        try (ConfigurableApplicationContext node = OtherNode.start(env)) {
            Http two = new Http(OtherNode.port(node));
            assertThat(Jsoup.parse(two.get("/").body())
                            .selectFirst(".lead-story h2")
                            .text())
                    .isEqualTo("أحدث خبر قبل التثبيت " + section);
            assertThat(http.api("PUT", "/api/v1/front-page", Http.json(Map.of("lead", List.of(pin(old, null)))))
                            .status())
                    .isEqualTo(200);
            // Within a second on a quiet machine; the bound leaves room for a busy CI host.
            String lead = await().atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () -> Jsoup.parse(two.get("/").body())
                                    .selectFirst(".lead-story h2")
                                    .text(),
                            "خبر تثبّته العقدة الأولى"::equals);
            assertThat(lead).isEqualTo("خبر تثبّته العقدة الأولى");
        }
    }
}
