package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The newsroom on a 390×844 phone: every page an admin can reach fits the screen (no sideways
 * scrolling of the page; a wide table scrolls inside its own box), and the menu folds behind a
 * button that opens and closes it.
 */
@IntegrationTest
class NewsroomPhoneBrowserIT {
    @LocalServerPort
    int port;

    @Test
    void everyNewsroomPageFitsAPhoneScreen() {
        Http http = new Http(port);
        Newsroom people = new Newsroom(http);
        Fixtures fx = new Fixtures(http);
        String section = fx.section();
        var a = Fixtures.article(
                section,
                "مجلس الوزراء يقرّ موازنة العام المقبل بعجز أقل من المتوقع بعد جلسة استمرت حتى ساعة متأخرة من الليل");
        a.put("summary", "أقرّ مجلس الوزراء مشروع الموازنة العامة بعد نقاش طويل.");
        long id = fx.post(a).get("id").asLong();
        http.api(
                "PATCH",
                "/api/v1/articles/" + id,
                Http.json(Map.of("headline", "مجلس الوزراء يقرّ موازنة العام المقبل بعجز أقل من المتوقع")));
        var breaking = http.api(
                "POST",
                "/api/v1/breaking",
                Http.json(Map.of(
                        "text",
                        "عاجل: انقطاع الكهرباء عن أحياء في العاصمة",
                        "url",
                        "https://example.org/news/" + id + "/"
                                + java.net.URLEncoder.encode(
                                        "انقطاع-الكهرباء-عن-أحياء-واسعة-في-العاصمة-منذ-الصباح",
                                        java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(breaking.status()).as(breaking.body()).isEqualTo(201);
        long breakingId = breaking.json().get("id").asLong();
        String admin = people.account("admin");
        long userId = people.user("writer");
        long tagId = http.api("GET", "/api/v1/tags?perPage=1", null)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        long sectionId = http.api("GET", "/api/v1/sections/" + section, null)
                .json()
                .get("id")
                .asLong();
        String base = "http://localhost:" + port;

        try (Browser b = Browser.start(390, 844)) {
            b.phone();
            b.signIn(base, admin, people.password());
            assertThat(((Number) b.js("return window.innerWidth")).intValue()).isEqualTo(390);
            List<String> pages = List.of(
                    "/admin",
                    "/admin/articles",
                    "/admin/articles/new",
                    "/admin/articles/" + id + "/edit",
                    "/admin/articles/" + id,
                    "/admin/media",
                    "/admin/comments",
                    "/admin/comments/rules",
                    "/admin/breaking",
                    "/admin/breaking/" + breakingId + "/edit",
                    "/admin/sections",
                    "/admin/sections/" + sectionId,
                    "/admin/tags",
                    "/admin/tags/" + tagId,
                    "/admin/authors",
                    "/admin/users",
                    "/admin/users/" + userId,
                    "/admin/audit",
                    "/admin/settings",
                    "/admin/import",
                    "/admin/account");
            List<String> tooWide = new ArrayList<>();
            for (String path : pages) {
                b.driver.get(base + path);
                b.waitFor("document.readyState === 'complete'", 10);
                if (path.endsWith("/edit") && path.startsWith("/admin/articles")) {
                    b.waitFor("window.Jodit && document.querySelector('.jodit-wysiwyg')", 10);
                }
                long scroll = ((Number) b.js("return document.documentElement.scrollWidth")).longValue();
                long inner = ((Number) b.js("return window.innerWidth")).longValue();
                if (scroll > inner) {
                    tooWide.add(path + " (" + scroll + " > " + inner + ")");
                    b.fullPageScreenshot("phone-too-wide-" + path.replaceAll("[^a-z0-9]+", "-") + ".png");
                }
                // The menu is folded behind its button on every page.
                assertThat(b.find("#menu-toggle").isDisplayed()).as(path).isTrue();
                assertThat(b.find("#admin-menu").isDisplayed()).as(path).isFalse();
            }
            assertThat(tooWide).as("pages wider than the phone").isEmpty();

            b.driver.get(base + "/admin");
            b.screenshot("phone-dashboard.png");
            b.find("#menu-toggle").click();
            assertThat(b.find("#menu-toggle").getDomAttribute("aria-expanded")).isEqualTo("true");
            assertThat(b.find("#admin-menu").isDisplayed()).isTrue();
            assertThat(b.find("#admin-menu a[href='/admin/breaking']").isDisplayed())
                    .isTrue();
            assertThat(((Number) b.js("return document.documentElement.scrollWidth")).longValue())
                    .isLessThanOrEqualTo(390);
            b.screenshot("phone-menu.png");
            b.find("#menu-toggle").click();
            assertThat(b.find("#admin-menu").isDisplayed()).isFalse();

            b.driver.get(base + "/admin/articles");
            b.screenshot("phone-articles.png");
            b.driver.get(base + "/admin/articles/" + id + "/edit");
            b.waitFor("window.Jodit && document.querySelector('.jodit-wysiwyg')", 10);
            b.screenshot("phone-editor.png");
            b.driver.get(base + "/admin/breaking");
            b.screenshot("phone-breaking.png");
        }
    }

    @Test
    void withoutJavaScriptTheMenuLinksWrapAndStillFit() {
        Http http = new Http(port);
        Newsroom people = new Newsroom(http);
        String admin = people.account("admin");
        String base = "http://localhost:" + port;
        try (Browser b = Browser.start(390, 844, false)) {
            b.phone();
            b.signIn(base, admin, people.password());
            for (String path : List.of("/admin", "/admin/articles", "/admin/breaking", "/admin/articles/new")) {
                b.driver.get(base + path);
                assertThat(b.find("#menu-toggle").isDisplayed()).isFalse();
                assertThat(b.find("#admin-menu a[href='/admin/settings']").isDisplayed())
                        .isTrue();
                assertThat(((Number) b.js("return document.documentElement.scrollWidth")).longValue())
                        .as(path)
                        .isLessThanOrEqualTo(((Number) b.js("return window.innerWidth")).longValue());
            }
        }
    }
}
