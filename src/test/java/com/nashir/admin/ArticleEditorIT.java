package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The article editor's form: errors per field, saving, conflicts that keep the loser's text, autosave. */
@IntegrationTest
class ArticleEditorIT {
    @LocalServerPort
    int port;

    Http http;
    Newsroom people;
    String section;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        people = new Newsroom(http);
        section = new Fixtures(http).section();
        // The tags these drafts name already exist: a writer may use tags, and only editors may make new ones.
        for (String tag : java.util.List.of("اختبار", "محرر")) {
            http.api("POST", "/api/v1/tags", Http.json(java.util.Map.of("name", tag))); // 201, or 409 once made
        }
        http.api("POST", "/api/v1/desks", Http.json(java.util.Map.of("slug", "فريق-التحرير", "name", "فريق التحرير")));
    }

    @Test
    void missingFieldsAreShownBesideThemAndNothingIsSaved() {
        WebSession s = editor();
        var r = s.post("/admin/articles/new", fields("", "<p>نص</p>", ""), "/admin/articles/new", true);
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = org.jsoup.Jsoup.parse(r.body());
        assertThat(page.select(".errors li").eachText()).contains("العنوان مطلوب");
        assertThat(page.selectFirst("#f-body").text()).contains("نص");
    }

    @Test
    void writerSavesADraftAndEditsIt() {
        WebSession s = editor();
        var created = s.post(
                "/admin/articles/new",
                fields("مسودة من المحرر النصي", "<p>فقرة أولى مع DataNile و2025.</p>", ""),
                "/admin/articles/new",
                true);
        assertThat(created.statusCode()).isEqualTo(302);
        String editUrl = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        Document edit = s.page(editUrl);
        assertThat(edit.selectFirst("#f-headline").val()).isEqualTo("مسودة من المحرر النصي");
        assertThat(edit.selectFirst("#f-body").text()).contains("DataNile");
        assertThat(edit.selectFirst("#message").text()).isEqualTo("حُفظ المقال.");
        assertThat(edit.select("#f-status option").eachAttr("value")).containsExactly("draft", "review");
    }

    @Test
    void aSaveThatLostTheRaceKeepsItsTextForMerging() {
        WebSession first = editor();
        long id = first.post("/admin/articles/new", fields("الأصل", "<p>نص أصلي.</p>", ""), "/admin/articles/new", true)
                .headers()
                .firstValue("Location")
                .map(l -> Long.parseLong(l.replaceFirst(".*/admin/articles/(\\d+)/edit$", "$1")))
                .orElseThrow();
        String version = first.page("/admin/articles/" + id + "/edit")
                .selectFirst("input[name=version]")
                .attr("value");
        WebSession second = people.signIn(port, "editor");

        var a = fields("تعديل الأول", "<p>نص الأول.</p>", version);
        assertThat(first.post("/admin/articles/" + id + "/edit", a, "/admin/articles/" + id + "/edit", true)
                        .statusCode())
                .isEqualTo(302);
        var b = fields("تعديل الثاني", "<p>نص الثاني الذي يجب ألا يضيع.</p>", version);
        var lost = second.post("/admin/articles/" + id + "/edit", b, "/admin/articles/" + id + "/edit", true);
        assertThat(lost.statusCode()).isEqualTo(200);
        Document page = org.jsoup.Jsoup.parse(lost.body());
        assertThat(page.selectFirst("#message").text()).contains("نصّك محفوظ");
        assertThat(page.selectFirst("#f-headline").val()).isEqualTo("تعديل الثاني");
        assertThat(page.selectFirst("#f-body").text()).contains("نص الثاني الذي يجب ألا يضيع");
        assertThat(http.api("GET", "/api/v1/articles/" + id, null)
                        .json()
                        .get("headline")
                        .asString())
                .isEqualTo("تعديل الأول");
    }

    @Test
    void autosaveCreatesAndUpdatesADraft() {
        WebSession s = editor();
        var first = s.post(
                "/admin/articles/autosave",
                fields("مسودة محفوظة تلقائياً", "<p>بداية.</p>", ""),
                "/admin/articles/new",
                true);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        var json = Http.parse(first.body());
        long id = json.get("id").asLong();
        var again = s.post(
                json.get("autosaveUrl").asString(),
                fields(
                        "مسودة محفوظة تلقائياً",
                        "<p>بداية وتكملة.</p>",
                        json.get("version").asString()),
                "/admin/articles/" + id + "/edit",
                true);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        var stored = http.api("GET", "/api/v1/articles/" + id, null).json();
        assertThat(stored.get("status").asString()).isEqualTo("draft");
        assertThat(stored.get("body").asString()).contains("بداية وتكملة");
    }

    @Test
    void aSlugChangedInTheEditorKeepsTheOldAddressWorkingWithA301() {
        var fixtures = new Fixtures(http);
        var posted = fixtures.post(Fixtures.article(section, "مقال سيتغير معرّفه"));
        long id = posted.get("id").asLong();
        String oldPath = Fixtures.path(posted.get("url").asString());
        WebSession s = people.signIn(port, "editor");
        var form = s.page("/admin/articles/" + id + "/edit");
        Map<String, String> f = new LinkedHashMap<>();
        form.select("#editor input[name], #editor select[name], #editor textarea[name]")
                .forEach(el -> {
                    if (el.is("input[type=checkbox]") || el.is("input[type=radio]")) {
                        if (el.hasAttr("checked")) {
                            f.put(el.attr("name"), el.attr("value"));
                        }
                    } else if (el.is("select")) {
                        var chosen = el.selectFirst("option[selected]");
                        f.put(
                                el.attr("name"),
                                chosen == null ? el.selectFirst("option").attr("value") : chosen.attr("value"));
                    } else {
                        f.put(el.attr("name"), el.is("textarea") ? el.wholeText() : el.attr("value"));
                    }
                });
        f.remove("_csrf");
        f.put("slug", "معرف-جديد-للمقال");
        assertThat(s.post("/admin/articles/" + id + "/edit", f, "/admin/articles/" + id + "/edit", true)
                        .statusCode())
                .isEqualTo(302);
        String newPath = com.nashir.address.Permalinks.article(id, "معرف-جديد-للمقال");
        var old = http.get(oldPath);
        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).endsWith(newPath);
        assertThat(http.get(newPath).status()).isEqualTo(200);
    }

    private WebSession editor() {
        return people.signIn(port, "writer");
    }

    @Test
    void previewRendersTheUnsavedFormAsThePublicPageAndSavesNothing() {
        // An editor, who may name a new tag and desk: the preview shows them and still creates neither.
        WebSession s = people.signIn(port, "editor");
        long before = http.api("GET", "/api/v1/articles?status=draft&perPage=1", null)
                .json()
                .get("total")
                .asLong();
        var f = fields("عنوان لم يُحفظ بعد", "<p>فقرة تظهر في المعاينة فقط.</p>", "");
        f.put("desk", "مكتب جديد للمعاينة");
        f.put("tags", "وسم-معاينة-جديد");
        var r = s.post("/admin/articles/preview", f, "/admin/articles/new", true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Robots-Tag")).contains("noindex, nofollow");
        Document page = org.jsoup.Jsoup.parse(r.body());
        assertThat(page.selectFirst(".preview-banner").text()).contains("معاينة");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(page.selectFirst("h1").text()).isEqualTo("عنوان لم يُحفظ بعد");
        assertThat(page.selectFirst(".story-body").text()).isEqualTo("فقرة تظهر في المعاينة فقط.");
        assertThat(page.selectFirst(".byline").text()).contains("مكتب جديد للمعاينة");
        // The same public template: masthead, section menu, share links and comments area are there.
        assertThat(page.select("header.masthead, nav.sections, .share")).hasSize(3);
        assertThat(http.api("GET", "/api/v1/articles?status=draft&perPage=1", null)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(before);
        assertThat(http.api("GET", "/api/v1/desks", null).body()).doesNotContain("مكتب جديد للمعاينة");
        assertThat(http.api("GET", "/api/v1/tags?perPage=100", null).body()).doesNotContain("وسم-معاينة-جديد");
    }

    @Test
    void previewOfAFormWithMistakesSaysWhatIsMissing() {
        var r = editor().post("/admin/articles/preview", fields("", "<p>نص</p>", ""), "/admin/articles/new", true);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(org.jsoup.Jsoup.parse(r.body()).selectFirst(".notice").text())
                .contains("العنوان مطلوب");
    }

    @Test
    void aSavedDraftCanBePreviewedByItsWriterButNotByAnotherWriter() {
        WebSession owner = editor();
        long id = owner.post(
                        "/admin/articles/new",
                        fields("مسودة للمعاينة", "<p>نص المسودة.</p>", ""),
                        "/admin/articles/new",
                        true)
                .headers()
                .firstValue("Location")
                .map(l -> Long.parseLong(l.replaceFirst(".*/admin/articles/(\\d+)/edit$", "$1")))
                .orElseThrow();
        var mine = owner.get("/admin/articles/" + id + "/preview");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(mine.body()).selectFirst("h1").text()).isEqualTo("مسودة للمعاينة");
        assertThat(editor().get("/admin/articles/" + id + "/preview").statusCode())
                .isEqualTo(403);
        assertThat(people.signIn(port, "editor")
                        .get("/admin/articles/" + id + "/preview")
                        .statusCode())
                .isEqualTo(200);
        // Still a draft: the public site does not have it.
        assertThat(http.get("/a/" + id).status()).isEqualTo(404);
    }

    private Map<String, String> fields(String headline, String body, String version) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("headline", headline);
        f.put("kicker", "");
        f.put("summary", "");
        f.put("body", body);
        f.put("status", "draft");
        f.put("section", section);
        f.put("bylineType", "desk");
        f.put("desk", "فريق التحرير");
        f.put("authors", "");
        f.put("tags", "اختبار، محرر");
        f.put("comments", "open");
        f.put("slug", "");
        f.put("publishedAt", "");
        f.put("imageUrl", "");
        f.put("imageAlt", "");
        f.put("imageCaption", "");
        f.put("imageCredit", "");
        f.put("version", version);
        return f;
    }
}
