package com.nashir.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A reader keeps a live coverage page open in Chromium while the desk posts three updates: each
 * appears at the top of the list within a second, without a reload; the key update moves to the
 * top slot; an embed that arrives live loads its player only on click; the coverage's end takes
 * the "مباشر" badge away. A reporter posts an update from a phone-sized newsroom page (no sideways
 * scroll). Screenshots: target/screenshots/live-coverage*.png.
 */
@IntegrationTest
class LiveCoverageBrowserIT {
    /** Records, for each update id, when its element appeared, and marks the document to detect reloads. */
    private static final String WATCH = """
            window.__sameDocument = true; window.__seen = {};
            var section = document.querySelector('[data-live-coverage]');
            new MutationObserver(function () {
              var now = Date.now();
              section.querySelectorAll('[data-update]').forEach(function (e) {
                var id = e.getAttribute('data-update');
                if (!(id in window.__seen)) window.__seen[id] = now;
              });
            }).observe(section, {childList: true, subtree: true});
            """;

    @LocalServerPort
    int port;

    @Test
    void threeUpdatesAppearOnAnOpenPageWithinASecondEach() {
        Http http = new Http(port);
        Fixtures fx = new Fixtures(http);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> a = Fixtures.article(fx.section(), "مباشر: جلسة البرلمان لمناقشة الموازنة العامة");
        a.put("summary", "نتابع هنا أولاً بأول مجريات جلسة مجلس النواب المخصصة لمناقشة مشروع قانون الموازنة.");
        a.put(
                "body",
                "<p>يناقش مجلس النواب اليوم مشروع قانون الموازنة العامة للسنة المقبلة، وسط خلاف بين الكتل على بنود الدعم والرواتب.</p>");
        a.put("publishedAt", java.time.Instant.now().minusSeconds(3600).toString());
        JsonNode article = fx.post(a);
        long id = article.get("id").asLong();
        assertThat(http.api("PUT", "/api/v1/articles/" + id + "/live", "{\"state\":\"live\"}")
                        .status())
                .isEqualTo(200);
        post(http, id, "<p>افتتح رئيس المجلس الجلسة بحضور 98 نائباً، واكتمل النصاب القانوني.</p>");
        String path = Fixtures.path(article.get("url").asString());

        try (Browser reader = Browser.start(1280, 900)) {
            reader.driver.get(http.base() + path);
            reader.waitFor("document.querySelector('[data-breaking]').getAttribute('data-live') === 'open'", 10);
            reader.js(WATCH);
            assertThat(reader.js("return document.querySelectorAll('.live-updates .live-update').length"))
                    .isEqualTo(1L);

            List<String> texts = List.of(
                    "وزير المالية يعرض أبرز أرقام الموازنة: عجز متوقع بنسبة 3.2% " + tag,
                    "نواب المعارضة يطالبون بزيادة مخصصات التعليم والصحة " + tag,
                    "رفع الجلسة للاستراحة على أن تُستأنف بعد نصف ساعة " + tag);
            for (String text : texts) {
                long before = System.currentTimeMillis();
                long update = post(http, id, "<p>" + text + "</p>");
                reader.waitFor("window.__seen['" + update + "'] !== undefined", 5);
                long at =
                        ((Number) reader.js("return window.__seen[arguments[0]]", String.valueOf(update))).longValue();
                System.out.println(
                        "live coverage: update " + update + " on the open page after " + (at - before) + " ms");
                assertThat(at - before)
                        .as("ms until update " + update + " showed")
                        .isLessThan(1000);
                assertThat(
                                reader.js(
                                        "return document.querySelector('.live-updates .live-update').getAttribute('data-update')"))
                        .as("the newest is on top")
                        .isEqualTo(String.valueOf(update));
                assertThat(String.valueOf(reader.js(
                                "return document.querySelector('.live-updates .live-update-body').textContent")))
                        .contains(text.substring(0, 20));
            }
            assertThat(reader.js("return document.querySelectorAll('.live-updates .live-update').length"))
                    .isEqualTo(4L);
            assertThat(reader.js("return window.__sameDocument === true"))
                    .as("no reload")
                    .isEqualTo(true);
            reader.fullPageScreenshot("live-coverage.png");

            // The key update moves to the top slot; an embed arrives as a card and loads only on click.
            long video =
                    post(http, id, "<p>كلمة وزير المالية كاملة:</p><p>https://www.youtube.com/watch?v=dQw4w9WgXcQ</p>");
            reader.waitFor(
                    "document.querySelector('[data-update=\"" + video + "\"] figure.embed .embed-load:not([hidden])')",
                    5);
            assertThat(reader.js("return document.querySelectorAll('iframe').length"))
                    .isEqualTo(0L);
            assertThat(http.api("PATCH", "/api/v1/live-updates/" + video, "{\"pinned\":true}")
                            .status())
                    .isEqualTo(200);
            reader.waitFor("document.querySelector('.live-key [data-update=\"" + video + "\"]')", 5);
            reader.find(".live-key .embed-load").click();
            reader.waitFor("document.querySelector('.live-key iframe[src^=\"https://www.youtube-nocookie.com/\"]')", 5);

            assertThat(http.api("PUT", "/api/v1/articles/" + id + "/live", "{\"state\":\"ended\"}")
                            .status())
                    .isEqualTo(200);
            reader.waitFor("document.querySelector('.live-coverage .live-badge').hidden", 5);
            assertThat(reader.js("return document.querySelector('.live-ended').hidden"))
                    .isEqualTo(false);
        }
    }

    @Test
    void aReporterPostsFromAPhone() {
        Http http = new Http(port);
        Newsroom people = new Newsroom(http);
        Newsroom.Account writer = people.newAccount("writer");
        Fixtures fx = new Fixtures(http);
        Map<String, Object> a = Fixtures.article(fx.section(), "تغطية من الميدان");
        a.put("status", "draft");
        a.remove("publishedAt");
        String token = people.token(writer.id());
        var created = http.apiAs(token, "POST", "/api/v1/articles", Http.json(a));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        try (Browser phone = Browser.start(390, 844)) {
            phone.phone();
            phone.signIn(http.base(), writer.login(), people.password());
            phone.driver.get(http.base() + "/admin/articles/" + id);
            phone.find("#live form button[type=submit]").click();
            phone.waitFor("document.querySelector('#live-text')", 5);
            phone.find("#live-text").sendKeys("وصلنا إلى موقع الحادث، وفرق الدفاع المدني تعمل على إخماد النيران.");
            phone.find(".live-post button[type=submit]").click();
            phone.waitFor("document.querySelectorAll('.live-desk-updates li').length === 1", 5);
            assertThat(((Number) phone.js("return document.documentElement.scrollWidth")).longValue())
                    .isLessThanOrEqualTo(((Number) phone.js("return window.innerWidth")).longValue());
            phone.screenshot("live-coverage-phone-newsroom.png");
        }
        var updates = http.api("GET", "/api/v1/articles/" + id + "/live-updates", null)
                .json()
                .get("items");
        assertThat(updates.size()).isEqualTo(1);
        assertThat(updates.get(0).get("body").asString()).contains("فرق الدفاع المدني");
    }

    private static long post(Http http, long article, String html) {
        var r = http.api("POST", "/api/v1/articles/" + article + "/live-updates", Http.json(Map.of("body", html)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
