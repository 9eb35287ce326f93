package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.WebSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Sections, tags, authors and desks through the newsroom's forms: an editor creates, edits and
 * deletes each; a writer is refused; bad input is an Arabic message and writes nothing; a changed
 * slug leaves a 301 behind.
 */
@IntegrationTest
class TaxonomyAdminIT {
    @LocalServerPort
    int port;

    Http http;
    Newsroom people;
    WebSession editor;
    String tag;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        people = new Newsroom(http);
        editor = new WebSession(port);
        editor.login(username(people.user("editor")), people.password());
        tag = people.suffix;
    }

    @Test
    void editorCreatesEditsAndDeletesASection() {
        String slug = "قسم-" + tag;
        var created = submit(
                "/admin/sections",
                form("name", "قسم التجربة " + tag, "slug", slug, "description", "وصف القسم", "position", ""));
        assertThat(message(created)).contains("أُضيف القسم");
        JsonNode section =
                http.api("GET", "/api/v1/sections/" + enc(slug), null).json();
        assertThat(section.get("name").asString()).isEqualTo("قسم التجربة " + tag);
        assertThat(section.get("description").asString()).isEqualTo("وصف القسم");
        long id = section.get("id").asLong();
        Document list = editor.page("/admin/sections");
        assertThat(list.selectFirst("tr[data-id=" + id + "]").text())
                .contains("قسم التجربة " + tag)
                .contains(slug);

        String renamed = "قسم-جديد-" + tag;
        var saved = submit(
                "/admin/sections/" + id,
                form("name", "قسم معدّل " + tag, "slug", renamed, "description", "وصف جديد", "position", "7"));
        assertThat(message(saved)).contains("حُفظ القسم");
        JsonNode after = http.api("GET", "/api/v1/sections/" + id, null).json();
        assertThat(after.get("slug").asString()).isEqualTo(renamed);
        assertThat(after.get("position").asInt()).isEqualTo(7);
        var old = http.get("/section/" + enc(slug) + "?page=1");
        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).isEqualTo("/section/" + enc(renamed));
        assertThat(http.get("/section/" + enc(renamed)).body()).contains("وصف جديد");

        long articleId = new Fixtures(http)
                .post(Fixtures.article(renamed, "خبر يبقي القسم " + tag))
                .get("id")
                .asLong();
        assertThat(editor.page("/admin/sections")
                        .selectFirst("tr[data-id=" + id + "] .count-cell")
                        .text())
                .isEqualTo("1");
        var refused = submit("/admin/sections/" + id + "/delete", Map.of());
        assertThat(message(refused)).contains("لا يمكن حذف قسم").contains("انقلها إلى قسم آخر");
        assertThat(http.api("GET", "/api/v1/sections/" + id, null).status()).isEqualTo(200);

        http.api("DELETE", "/api/v1/articles/" + articleId, null);
        http.api("DELETE", "/api/v1/articles/" + articleId + "?purge=true", null);
        var deleted = submit("/admin/sections/" + id + "/delete", Map.of());
        assertThat(message(deleted)).contains("حُذف القسم");
        assertThat(http.api("GET", "/api/v1/sections/" + id, null).status()).isEqualTo(404);
        assertThat(http.get("/section/" + enc(slug)).status()).isEqualTo(404);
    }

    @Test
    void editorCreatesEditsAndDeletesATag() {
        var created = submit("/admin/tags", form("name", "وسم التجربة " + tag, "slug", "", "description", "عن الوسم"));
        assertThat(message(created)).contains("أُضيف الوسم");
        JsonNode t = http.api("GET", "/api/v1/tags/" + enc("وسم-التجربة-" + tag), null)
                .json();
        long id = t.get("id").asLong();
        assertThat(t.get("description").asString()).isEqualTo("عن الوسم");

        var saved = submit(
                "/admin/tags/" + id,
                form("name", "وسم معدّل " + tag, "slug", "وسم-" + tag, "description", "وصف معدّل"));
        assertThat(message(saved)).contains("حُفظ الوسم");
        assertThat(http.api("GET", "/api/v1/tags/" + id, null)
                        .json()
                        .get("slug")
                        .asString())
                .isEqualTo("وسم-" + tag);
        assertThat(http.get("/tag/" + enc("وسم-التجربة-" + tag)).header("Location"))
                .isEqualTo("/tag/" + enc("وسم-" + tag));
        assertThat(editor.page("/admin/tags?q=" + enc("معدّل " + tag)).select("tr[data-id]"))
                .hasSize(1);

        var a = Fixtures.article(new Fixtures(http).section(), "خبر بوسم " + tag);
        a.put("tags", List.of("وسم معدّل " + tag));
        new Fixtures(http).post(a);
        assertThat(message(submit("/admin/tags/" + id + "/delete", Map.of()))).contains("لا يمكن حذف الوسم");

        var unused = submit("/admin/tags", form("name", "وسم عابر " + tag, "slug", "", "description", ""));
        assertThat(message(unused)).contains("أُضيف الوسم");
        long unusedId = http.api("GET", "/api/v1/tags/" + enc("وسم-عابر-" + tag), null)
                .json()
                .get("id")
                .asLong();
        assertThat(message(submit("/admin/tags/" + unusedId + "/delete", Map.of())))
                .contains("حُذف الوسم");
        assertThat(http.api("GET", "/api/v1/tags/" + unusedId, null).status()).isEqualTo(404);
    }

    @Test
    void editorCreatesEditsAndDeletesAGuestAuthor() {
        String slug = "guest-" + tag;
        var created = submit(
                "/admin/authors",
                form(
                        "name",
                        "كاتبة ضيفة " + tag,
                        "slug",
                        slug,
                        "bio",
                        "تكتب من بيروت",
                        "user",
                        "",
                        "photoUrl",
                        "https://images.example/guest.jpg"));
        assertThat(message(created)).contains("أُضيف الكاتب");
        JsonNode author = http.api("GET", "/api/v1/authors/" + slug, null).json();
        long id = author.get("id").asLong();
        assertThat(author.get("user").isNull()).isTrue();
        assertThat(author.get("photoUrl").asString()).isEqualTo("https://images.example/guest.jpg");
        assertThat(editor.page("/admin/authors")
                        .selectFirst("tr[data-id=" + id + "]")
                        .text())
                .contains("كاتب ضيف");

        var saved = submit(
                "/admin/authors/" + id,
                form(
                        "name",
                        "كاتبة ضيفة " + tag,
                        "slug",
                        "ضيفة-" + tag,
                        "bio",
                        "نبذة جديدة",
                        "user",
                        "",
                        "photoUrl",
                        ""));
        assertThat(message(saved)).contains("حُفظ الكاتب");
        JsonNode after = http.api("GET", "/api/v1/authors/" + id, null).json();
        assertThat(after.get("bio").asString()).isEqualTo("نبذة جديدة");
        assertThat(after.get("photoUrl").isNull()).isTrue();
        assertThat(http.get("/author/" + slug).header("Location")).isEqualTo("/author/" + enc("ضيفة-" + tag));

        assertThat(message(submit("/admin/authors/" + id + "/delete", Map.of())))
                .contains("حُذف الكاتب");
        assertThat(http.api("GET", "/api/v1/authors/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void anAuthorCanSignWithANewsroomAccountAndLosesItWhenDeleted() {
        long writerId = people.user("writer");
        String writer = username(writerId);
        String slug = "staff-" + tag;
        assertThat(message(submit(
                        "/admin/authors",
                        form("name", "كاتب الموقع " + tag, "slug", slug, "bio", "", "user", writer, "photoUrl", ""))))
                .contains("أُضيف الكاتب");
        long id = http.api("GET", "/api/v1/authors/" + slug, null)
                .json()
                .get("id")
                .asLong();
        assertThat(http.api("GET", "/api/v1/authors/" + id, null)
                        .json()
                        .get("user")
                        .asString())
                .isEqualTo(writer);
        assertThat(http.api("GET", "/api/v1/users/" + writerId, null)
                        .json()
                        .get("authorId")
                        .asLong())
                .isEqualTo(id);

        // The same account cannot sign as a second author.
        var second = submit(
                "/admin/authors",
                form("name", "آخر " + tag, "slug", "other-" + tag, "bio", "", "user", writer, "photoUrl", ""));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(fieldError(second, "user")).contains("مرتبط بالكاتب");
        assertThat(http.api("GET", "/api/v1/authors/other-" + tag, null).status())
                .isEqualTo(404);

        assertThat(message(submit("/admin/authors/" + id + "/delete", Map.of())))
                .contains("حُذف الكاتب");
        assertThat(http.api("GET", "/api/v1/users/" + writerId, null)
                        .json()
                        .get("authorId")
                        .isNull())
                .isTrue();
    }

    @Test
    void editorCreatesEditsAndDeletesADesk() {
        var created =
                submit("/admin/desks", form("name", "مكتب دمشق " + tag, "slug", "", "description", "مراسلونا في دمشق"));
        assertThat(message(created)).contains("أُضيف مكتب التحرير");
        JsonNode desk = http.api("GET", "/api/v1/desks/" + enc("مكتب-دمشق-" + tag), null)
                .json();
        long id = desk.get("id").asLong();
        assertThat(desk.get("description").asString()).isEqualTo("مراسلونا في دمشق");

        var saved = submit(
                "/admin/desks/" + id, form("name", "مكتب الشام " + tag, "slug", "sham-" + tag, "description", "وصف"));
        assertThat(message(saved)).contains("حُفظ مكتب التحرير");
        assertThat(http.api("GET", "/api/v1/desks/" + id, null)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("مكتب الشام " + tag);
        assertThat(http.get("/desk/" + enc("مكتب-دمشق-" + tag)).header("Location"))
                .isEqualTo("/desk/sham-" + tag);

        assertThat(message(submit("/admin/desks/" + id + "/delete", Map.of()))).contains("حُذف مكتب التحرير");
        assertThat(http.api("GET", "/api/v1/desks/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void writersAreRefusedWithTheArabic403Page() {
        WebSession writer = new WebSession(port);
        writer.login(username(people.user("writer")), people.password());
        for (String path : List.of("/admin/sections", "/admin/tags", "/admin/authors")) {
            var r = writer.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.body()).contains("تتطلب دور محرر");
        }
        var post = writer.post(
                "/admin/sections", form("name", "قسم الكاتب " + tag, "slug", "writer-" + tag), "/admin", true);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(http.api("GET", "/api/v1/sections/writer-" + tag, null).status())
                .isEqualTo(404);
        var desk = writer.post("/admin/desks", form("name", "مكتب الكاتب " + tag, "slug", "wd-" + tag), "/admin", true);
        assertThat(desk.statusCode()).isEqualTo(403);
        assertThat(http.api("GET", "/api/v1/desks/wd-" + tag, null).status()).isEqualTo(404);
    }

    @Test
    void badInputIsAnArabicMessageAndWritesNothing() {
        long before = http.api("GET", "/api/v1/sections?perPage=100", null)
                .json()
                .get("total")
                .asLong();
        var empty =
                submit("/admin/sections", form("name", "", "slug", "empty-" + tag, "description", "", "position", ""));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(fieldError(empty, "name")).isEqualTo("اسم القسم مطلوب");
        assertThat(document(empty).selectFirst("[role=alert]").text()).contains("اسم القسم مطلوب");
        assertThat(document(empty).selectFirst("#sections-form-slug").val()).isEqualTo("empty-" + tag);

        String existing = new Fixtures(http).section();
        var duplicate =
                submit("/admin/sections", form("name", "مكرر", "slug", existing, "description", "", "position", ""));
        assertThat(fieldError(duplicate, "slug")).contains("يوجد قسم بهذا المعرّف");
        var twoMistakes =
                submit("/admin/sections", form("name", "", "slug", "pos-" + tag, "description", "", "position", "أول"));
        assertThat(fieldError(twoMistakes, "position")).contains("عدد صحيح");
        assertThat(fieldError(twoMistakes, "name")).isEqualTo("اسم القسم مطلوب");
        assertThat(http.api("GET", "/api/v1/sections?perPage=100", null)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(before + 1);

        long sectionId = http.api("GET", "/api/v1/sections/" + existing, null)
                .json()
                .get("id")
                .asLong();
        var clash = submit(
                "/admin/sections/" + sectionId,
                form("name", "", "slug", "Bad Slug!", "description", "", "position", ""));
        assertThat(fieldError(clash, "name")).isEqualTo("اسم القسم مطلوب");
        assertThat(fieldError(clash, "slug")).contains("حروف صغيرة");
        assertThat(http.api("GET", "/api/v1/sections/" + sectionId, null)
                        .json()
                        .get("slug")
                        .asString())
                .isEqualTo(existing);

        submit("/admin/tags", form("name", "وسم وحيد " + tag, "slug", "", "description", ""));
        var sameTag = submit("/admin/tags", form("name", "وسم وحيد " + tag, "slug", "", "description", ""));
        assertThat(fieldError(sameTag, "name")).contains("الوسم موجود مسبقاً");

        var noAuthorName = submit(
                "/admin/authors", form("name", " ", "slug", "nameless-" + tag, "bio", "", "user", "", "photoUrl", ""));
        assertThat(fieldError(noAuthorName, "name")).isEqualTo("اسم الكاتب مطلوب");
        var badPhoto = submit(
                "/admin/authors",
                form("name", "صورة", "slug", "photo-" + tag, "bio", "", "user", "", "photoUrl", "javascript:alert(1)"));
        assertThat(fieldError(badPhoto, "photoUrl")).contains("http");
        var missingMedia = submit(
                "/admin/authors",
                form("name", "صورة", "slug", "photo-" + tag, "bio", "", "user", "", "photoUrl", "987654321"));
        assertThat(document(missingMedia).select("p.field-error").text()).contains("لا توجد صورة بالرقم 987654321");
        assertThat(http.api("GET", "/api/v1/authors/nameless-" + tag, null).status())
                .isEqualTo(404);
        assertThat(http.api("GET", "/api/v1/authors/photo-" + tag, null).status())
                .isEqualTo(404);

        var noDeskName = submit("/admin/desks", form("name", "", "slug", "d-" + tag, "description", ""));
        assertThat(fieldError(noDeskName, "name")).isEqualTo("اسم مكتب التحرير مطلوب");
        assertThat(http.api("GET", "/api/v1/desks/d-" + tag, null).status()).isEqualTo(404);
    }

    /** Posts a form with the session's CSRF token; follows one redirect, as a browser would. */
    private HttpResponse<String> submit(String path, Map<String, String> fields) {
        var r = editor.post(path, fields, "/admin", true);
        assertThat(r.statusCode()).as(r.body()).isIn(200, 302);
        if (r.statusCode() == 302) {
            String location = r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
            return editor.get(location);
        }
        return r;
    }

    private String message(HttpResponse<String> r) {
        var m = document(r).selectFirst("#message");
        assertThat(m).as(r.body()).isNotNull();
        return m.text();
    }

    /**
     * The message shown under a field of a re-shown form: the first error between the field named
     * {@code field} and the next field, in whichever form on the page has one.
     */
    private static String fieldError(HttpResponse<String> r, String field) {
        for (var input : document(r).select("form.taxonomy-form [name=" + field + "]")) {
            for (var next = input.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (next.is("p.field-error")) {
                    return next.text();
                }
                if (next.is("label, input, textarea, select, details, button")) {
                    break;
                }
            }
        }
        throw new AssertionError("no error shown for " + field + " in " + r.body());
    }

    private static Document document(HttpResponse<String> r) {
        return org.jsoup.Jsoup.parse(r.body());
    }

    private static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private String username(long id) {
        return http.api("GET", "/api/v1/users/" + id, null)
                .json()
                .get("username")
                .asString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
