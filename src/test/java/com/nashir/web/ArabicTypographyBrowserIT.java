package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Arabic typography in headless Chromium, on a site of its own that writes Eastern digits: a
 * Latin-first headline and body read right to left with their Latin runs, ranges and addresses in
 * order; and a walk over the public pages and the newsroom finds no Western digit in any text a
 * person reads (addresses, Latin words, code and form values aside).
 */
@IntegrationTest
@TestPropertySource(
        properties = {"nashir.test.context=arabic", "nashir.site.digits=eastern", "nashir.site.comments-closed-notice="
        })
class ArabicTypographyBrowserIT {
    /** The rectangle of the first occurrence of a text inside the first element matching a selector. */
    private static final String RECT = """
            const root = document.querySelector(arguments[0]); const wanted = arguments[1]; const from = arguments[2] || 0;
            const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            while (walk.nextNode()) {
              const i = walk.currentNode.data.indexOf(wanted);
              if (i >= 0) { const r = document.createRange(); r.setStart(walk.currentNode, i + from); r.setEnd(walk.currentNode, i + wanted.length);
                const b = r.getBoundingClientRect(); return [b.left, b.right, b.top]; }
            }
            return null;""";
    /** Every piece of text a person reads: visible text nodes (not code, scripts or form values) and read attributes. */
    private static final String READ_TEXT = """
            const out = []; const skip = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'CODE', 'PRE', 'NOSCRIPT', 'KBD', 'SAMP']);
            const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walk.nextNode()) {
              const n = walk.currentNode; let p = n.parentElement, hidden = false;
              for (let e = p; e; e = e.parentElement) {
                // Text being edited (the editor's body) is a form value: it keeps the digits typed.
                if (skip.has(e.tagName) || e.closest('[translate=no]') === e || e.isContentEditable) { hidden = true; break; }
              }
              if (!hidden && n.data.trim()) { out.push(n.data.trim()); }
            }
            document.querySelectorAll('[title],[alt],[placeholder],[aria-label]').forEach(e => {
              if (e.closest('[translate=no]')) { return; }
              ['title', 'alt', 'placeholder', 'aria-label'].forEach(a => { const v = e.getAttribute(a); if (v) { out.push(v); } });
            });
            out.push(document.title);
            return out;""";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void start() {
        browser = Browser.start(1200, 1400);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLatinFirstHeadlineAndBodyReadRightToLeft() {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        Map<String, Object> a = Fixtures.article(fixtures.section(), "IMF: الاقتصاد السوري ينكمش 2% في 2024");
        a.put("summary", "Samsung وApple تتصدران سوق الهواتف");
        a.put(
                "body",
                "<p>IMF قال في تقريره إن الاقتصاد سينكمش هذا العام.</p>"
                        + "<p>اتصلوا على الرقم 996-1010 أو زوروا https://www.apple.com/newsroom/ لمتابعة الإعلانات.</p>");
        var posted = fixtures.post(a);
        String url = Fixtures.path(posted.get("url").asString());
        browser.driver.get(http.base() + url);

        for (String css : new String[] {".story h1", ".standfirst", ".story-body p"}) {
            assertThat(browser.js("return getComputedStyle(document.querySelector(arguments[0])).direction", css))
                    .as(css)
                    .isEqualTo("rtl");
        }
        // The first word (Latin) stands at the right, the Arabic after it to its left.
        assertThat(left(".story h1", "IMF")).isGreaterThan(right(".story h1", "الاقتصاد"));
        assertThat(left(".story-body p", "IMF")).isGreaterThan(right(".story-body p", "قال"));
        // The range keeps its order (with Eastern digits: ٩٩٦ then ١٠١٠, left to right) ...
        assertThat(left(".story-body p:nth-of-type(2)", "٩٩٦"))
                .isLessThan(left(".story-body p:nth-of-type(2)", "١٠١٠"));
        // ... and the address reads left to right with its final slash right after "newsroom".
        String second = ".story-body p:nth-of-type(2)";
        assertThat(left(second, "https")).isLessThan(left(second, "newsroom"));
        double slash = ((Number) ((List<?>) browser.js(RECT, second, "newsroom/", 8)).get(0)).doubleValue();
        assertThat(slash).isBetween(right(second, "newsroom") - 1, right(second, "newsroom") + 3);
        assertThat(
                        browser.js(
                                "const r = document.querySelector('.story-body p:nth-of-type(2) bdi:nth-of-type(2)'); return r && r.textContent"))
                .isEqualTo("https://www.apple.com/newsroom/");
        // Without the seed site's wording chosen, a closed article says it with the comma.
        assertThat(browser.find(".comments-closed").getText()).isEqualTo("عذراً، التعليقات مغلقة");
        browser.screenshot("mixed-direction-after.png");

        browser.driver.get(http.base() + "/");
        assertThat(browser.js(
                        "return getComputedStyle(document.querySelector('.lead-title a, .latest-list a')).direction"))
                .isEqualTo("rtl");
        assertThat(
                        browser.js(
                                "return document.querySelectorAll('[dir=auto]:not(input):not(textarea):not(.comment-text)').length"))
                .isEqualTo(0L);

        // The newsroom shows the same headline right to left too: in the list of articles and on the article's own
        // page.
        Newsroom people = new Newsroom(http);
        browser.signIn(http.base(), people.account("admin"), people.password());
        long id = posted.get("id").asLong();
        String row = "a[href='/admin/articles/" + id + "']";
        browser.driver.get(http.base() + "/admin/articles");
        assertThat(browser.js("return getComputedStyle(document.querySelector(arguments[0])).direction", row))
                .isEqualTo("rtl");
        assertThat(left(row, "IMF")).isGreaterThan(right(row, "الاقتصاد"));
        browser.screenshot("newsroom-mixed-direction.png");
        browser.driver.get(http.base() + "/admin/articles/" + id);
        assertThat(left("main h1", "IMF")).isGreaterThan(right("main h1", "الاقتصاد"));
    }

    @Test
    void noWesternDigitIsLeftInWhatAPersonReads() {
        Http http = new Http(port);
        Fixtures fixtures = new Fixtures(http);
        Newsroom people = new Newsroom(http);
        String section = fixtures.section();
        long first = 0;
        for (int i = 1; i <= 13; i++) {
            Map<String, Object> a = Fixtures.article(section, "ارتفاع الأسعار " + i + " بنسبة 7.5% في 2024");
            a.put("summary", "تقرير رقم " + i + " عن 1,200 متجر");
            a.put("body", "<p>ارتفعت الأسعار 40% خلال 12 شهراً، وفق 3 تقارير.</p>");
            a.put("tags", List.of("أسعار 2024"));
            long id = fixtures.post(a).get("id").asLong();
            first = first == 0 ? id : first;
        }
        http.api("POST", "/api/v1/breaking", Http.json(Map.of("text", "عاجل: 5 قتلى في حادث سير على طريق 60")));
        String admin = people.account("admin");

        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/section/" + section,
                "/section/" + section + "?page=2",
                "/news/" + first + "/x",
                "/tag/" + "أسعار-2024",
                "/desk/فريق-التحرير",
                "/search?q=الأسعار",
                "/search?q=ارتفاع+2024&sort=date",
                "/archive",
                "/no-such-page-404"));
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            found.addAll(westernDigits(http.base() + page));
        }
        browser.signIn(http.base(), admin, people.password());
        for (String page : List.of(
                "/admin",
                "/admin/articles",
                "/admin/articles/" + first,
                "/admin/articles/new",
                "/admin/comments",
                "/admin/comments/rules",
                "/admin/media",
                "/admin/sections",
                "/admin/tags",
                "/admin/authors",
                "/admin/breaking",
                "/admin/users",
                "/admin/account",
                "/admin/settings",
                "/admin/audit",
                "/admin/import",
                "/admin/front",
                "/admin/embeds",
                "/admin/articles/" + first + "/edit")) {
            found.addAll(westernDigits(http.base() + page));
        }
        // The editor's autosave answers in JSON, which its script shows as it is: a refusal's numbers in the site's
        // digits.
        browser.driver.get(http.base() + "/admin/articles/new");
        Object autosave = browser.js("""
                const form = document.getElementById('editor'); form.querySelector('#f-headline').value = 'ن'.repeat(600);
                const x = new XMLHttpRequest(); x.open('POST', form.dataset.autosave, false); x.setRequestHeader('Accept', 'application/json');
                x.send(new URLSearchParams(new FormData(form))); return JSON.parse(x.responseText).message;""");
        assertThat(autosave).asString().contains("٥٠٠ حرف").doesNotContainPattern("[0-9]");
        // The front desk announces a section's new place ("الموضع ٢ في …") in the same digits.
        browser.driver.get(http.base() + "/admin/front");
        browser.js("document.querySelector('ol.section-order .move[data-move=down]').click()");
        browser.waitFor("document.getElementById('front-live').textContent", 10);
        assertThat(browser.js("return document.getElementById('front-live').textContent"))
                .asString()
                .startsWith("الموضع ")
                .doesNotContainPattern("[0-9]");
        // A validation message made by a service ("… أطول من 200 حرف") on a form.
        browser.driver.get(http.base() + "/admin/settings");
        browser.js(
                "document.getElementById('s-name').removeAttribute('maxlength'); document.getElementById('s-name').value = 'ن'.repeat(250);"
                        + "document.querySelector('#settings-form button[type=submit]').click();");
        browser.waitFor("document.querySelector('.field-error')", 10);
        found.addAll(westernDigits(null));
        assertThat(browser.js("return document.querySelector('.field-error').textContent"))
                .asString()
                .contains("٢٠٠ حرف");
        // The settings page's label for feed content is one line, not one row per word.
        assertThat(((Number)
                                browser.js(
                                        "return document.querySelector('label[for=s-feed-content]').getBoundingClientRect().height"))
                        .doubleValue())
                .isLessThan(60);
        assertThat(found).as("Western digits in text a person reads").isEmpty();
    }

    private List<String> westernDigits(String url) {
        if (url != null) {
            browser.driver.get(url);
        }
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) browser.js(READ_TEXT);
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            for (String token : text.split("\\s+")) {
                // Addresses, emails and Latin words keep their digits (COP28, /a/12, rana2@…).
                if (token.matches(".*[0-9].*") && !token.matches(".*[A-Za-z@/].*")) {
                    out.add(browser.driver.getCurrentUrl() + " → " + token + "  in «" + text + "»");
                }
            }
        }
        return out;
    }

    private double left(String css, String text) {
        return ((Number) ((List<?>) browser.js(RECT, css, text)).get(0)).doubleValue();
    }

    private double right(String css, String text) {
        return ((Number) ((List<?>) browser.js(RECT, css, text)).get(1)).doubleValue();
    }
}
