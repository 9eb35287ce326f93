package com.nashir.comment;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.WebSession;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Readers' comments end to end over HTTP: the rules of posting (pending by default, trusted
 * returning commenters, closing, the abuse guards, limits), the public page and API never showing
 * an email, escaping everywhere, moderation through the newsroom and the API. Runs in an
 * application of its own (site settings and comment rules change here) with a 1 s minimum delay.
 */
@IntegrationTest
@TestPropertySource(properties = {"nashir.test.context=comments", "nashir.comments.min-delay=1s"})
class CommentsIT {
    @LocalServerPort
    int port;

    Http http;
    Newsroom people;
    Fixtures fx;
    String section;

    record Posted(long id, String path) {}

    @BeforeEach
    void setUp() {
        http = new Http(port);
        people = new Newsroom(http);
        fx = new Fixtures(http);
        section = fx.section();
    }

    Posted article(String headline, String comments, OffsetDateTime publishedAt) {
        var a = Fixtures.article(section, headline);
        a.put("comments", comments);
        a.put("publishedAt", publishedAt.toString());
        JsonNode j = fx.post(a);
        return new Posted(j.get("id").asLong(), Fixtures.path(j.get("url").asString()));
    }

    Posted openArticle() {
        return article(
                "مقال للتعليق", "open", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
    }

    /** A token from the page, old enough to pass the 1 s minimum. */
    static String aged(Reader r, Posted a) {
        String token = r.token(a.path());
        assertThat(token).isNotBlank();
        sleep(1100);
        return token;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    JsonNode queue(String status) {
        var r = http.apiAs(people.editor, "GET", "/api/v1/comments?status=" + status + "&perPage=100", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    long idOf(String text) {
        for (JsonNode c : queue("all").get("items")) {
            if (c.get("text").asString().equals(text)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no comment with text " + text);
    }

    void approve(long id) {
        var r = http.apiAs(people.editor, "PATCH", "/api/v1/comments/" + id, "{\"status\":\"approved\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void aCommentWaitsForAnEditorThenShowsUnderTheArticleWithoutItsEmail() {
        Posted a = openArticle();
        Reader reader = new Reader(port);
        String token = aged(reader, a);
        var form = Reader.form(token, "سلمى", "مقال مفيد جداً\nشكراً للكاتب");
        form.put("email", "Salma@Example.org");
        var r = reader.post(a.id(), form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElse("");
        assertThat(location).endsWith("?comment=pending#comments").startsWith(a.path());

        // The notice is for this reader only: not cached, not on the plain address.
        var withNotice = reader.get(location.replace("#comments", ""));
        assertThat(withNotice.body()).contains("تعليقك بانتظار المراجعة");
        assertThat(withNotice.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(reader.get(a.path()).body())
                .doesNotContain("تعليقك بانتظار المراجعة")
                .doesNotContain("مقال مفيد جداً");

        long id = idOf("مقال مفيد جداً\nشكراً للكاتب");
        assertThat(queue("pending").toString()).contains("salma@example.org");
        approve(id);

        var page = reader.page(a.path());
        var shown = page.selectFirst("#comment-" + id);
        assertThat(shown).as("approved comment on the page").isNotNull();
        assertThat(shown.select(".comment-text p")).hasSize(1);
        assertThat(shown.select(".comment-text p br")).hasSize(1);
        assertThat(shown.selectFirst(".comment-text p").wholeText()).isEqualTo("مقال مفيد جداً\nشكراً للكاتب");
        assertThat(shown.selectFirst("time").attr("datetime")).isNotBlank();
        assertThat(shown.selectFirst("time").text()).startsWith("منذ");
        assertThat(page.html()).doesNotContainIgnoringCase("salma@example.org");
        var api = http.get("/api/v1/articles/" + a.id() + "/comments");
        assertThat(api.status()).as("public list needs no token").isEqualTo(200);
        assertThat(api.body())
                .contains("مقال مفيد جداً")
                .doesNotContainIgnoringCase("salma@")
                .doesNotContain(reader.address);
        assertThat(api.json().get("items").get(0).has("email")).isFalse();
    }

    @Test
    void aReturningCommenterIsTrustedOnlyWhenTheSiteSaysSo() {
        Posted a = openArticle();
        Reader reader = new Reader(port);
        String token = aged(reader, a);
        String email = "returning-" + people.suffix + "@example.org";
        var first = Reader.form(token, "عمر", "أول تعليق لي هنا " + people.suffix);
        first.put("email", email);
        assertThat(reader.postJson(a.id(), first).statusCode()).isEqualTo(201);
        approve(idOf("أول تعليق لي هنا " + people.suffix));

        var second = Reader.form(token, "عمر", "تعليق ثان قبل الثقة " + people.suffix);
        second.put("email", email);
        var pending = reader.postJson(a.id(), second);
        assertThat(pending.body()).contains("\"status\":\"pending\"");

        assertThat(http.api("PATCH", "/api/v1/settings", "{\"trustReturningCommenters\": true}")
                        .status())
                .isEqualTo(200);
        try {
            var third = Reader.form(token, "عمر", "تعليق ثالث بعد الثقة " + people.suffix);
            third.put("email", email.toUpperCase());
            var approved = reader.postJson(a.id(), third);
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
            assertThat(approved.body()).contains("\"status\":\"approved\"");
            assertThat(reader.page(a.path()).text()).contains("تعليق ثالث بعد الثقة");
            var stranger = Reader.form(token, "غريب", "بريد جديد لا ثقة به " + people.suffix);
            stranger.put("email", "new-" + people.suffix + "@example.org");
            assertThat(new Reader(port).postJson(a.id(), stranger).body()).contains("\"status\":\"pending\"");
        } finally {
            http.api("PATCH", "/api/v1/settings", "{\"trustReturningCommenters\": false}");
        }
    }

    @Test
    void aClosedArticleShowsTheNoticeAndRefusesPostsEvenFromAPageOpenedBefore() {
        Posted a = openArticle();
        Reader reader = new Reader(port);
        String token = aged(reader, a);
        var r = http.api("PATCH", "/api/v1/articles/" + a.id(), "{\"comments\": \"closed\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        var refused = reader.post(a.id(), Reader.form(token, "متأخر", "كتبت هذا قبل الإغلاق"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("عذراً التعليقات مغلقة");
        var json = reader.postJson(a.id(), Reader.form(token, "متأخر", "كتبت هذا قبل الإغلاق"));
        assertThat(json.statusCode()).isEqualTo(409);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        var page = reader.page(a.path());
        assertThat(page.selectFirst("section.comments .comments-closed").text()).isEqualTo("عذراً التعليقات مغلقة");
        assertThat(page.selectFirst("#comment-form")).isNull();
        assertThat(queue("all").toString()).doesNotContain("كتبت هذا قبل الإغلاق");
    }

    @Test
    void commentsCloseByAgeAfterTheSiteSetting() {
        Posted old =
                article("مقال قديم", "open", OffsetDateTime.now(ZoneOffset.UTC).minusDays(20));
        Reader reader = new Reader(port);
        var page = reader.page(old.path());
        assertThat(page.selectFirst(".comments-closed").text()).isEqualTo("عذراً التعليقات مغلقة");
        assertThat(page.selectFirst("#comment-form")).isNull();
        Posted open = openArticle();
        String token = aged(reader, open);
        // A token of another article is no key to this one either; the closing is checked first.
        assertThat(reader.post(old.id(), Reader.form(token, "قارئ", "تعليق على مقال قديم"))
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void theHiddenFieldTooFastAndForgedFormsAreRefusedWithAMessage() {
        Posted a = openArticle();
        Reader reader = new Reader(port);
        String fresh = reader.token(a.path());
        var fast = reader.postJson(a.id(), Reader.form(fresh, "سريع", "نص مكتوب آلياً"));
        assertThat(fast.statusCode()).isEqualTo(429);
        assertThat(fast.body()).contains("بسرعة كبيرة");
        sleep(1100);

        var trap = Reader.form(fresh, "روبوت", "نص عادي");
        trap.put("website", "http://spam.example");
        var trapped = reader.post(a.id(), trap);
        assertThat(trapped.statusCode()).isEqualTo(400);
        assertThat(trapped.body()).contains("الحقل المخفي");

        assertThat(reader.postJson(a.id(), Reader.form("c1.1.1.forged", "مزور", "نص"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(reader.postJson(a.id(), Reader.form("", "بلا رمز", "نص")).body())
                .contains("أعد تحميل الصفحة");
        Posted other = openArticle();
        assertThat(reader.postJson(other.id(), Reader.form(fresh, "رمز آخر", "رمز مقال آخر"))
                        .statusCode())
                .isEqualTo(400);

        var noOrigin = reader.post(a.id(), Reader.form(fresh, "بلا مصدر", "نص من موقع آخر"), null, true);
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        var foreign =
                reader.post(a.id(), Reader.form(fresh, "موقع آخر", "نص من موقع آخر"), "https://evil.example", false);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("من خارج الموقع");
        assertThat(queue("all").toString()).doesNotContain("نص من موقع آخر").doesNotContain("نص مكتوب آلياً");
    }

    @Test
    void fiveCommentsPerAddressInTenMinutesThenA429() {
        Posted a = openArticle();
        Reader reader = new Reader(port);
        String token = aged(reader, a);
        for (int i = 1; i <= 5; i++) {
            var r = reader.postJson(a.id(), Reader.form(token, "كثير الكلام", "تعليق رقم " + i));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        var sixth = reader.postJson(a.id(), Reader.form(token, "كثير الكلام", "تعليق رقم 6"));
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.body()).contains("تعليقات كثيرة");
        assertThat(new Reader(port)
                        .postJson(a.id(), Reader.form(token, "آخر", "من عنوان آخر"))
                        .statusCode())
                .isEqualTo(201);
    }

    /** Posts sent at once from one address, to one article and to several, cannot slip past the limit together. */
    @Test
    void theAddressLimitHoldsForPostsSentAtOnce() throws Exception {
        Posted a = openArticle();
        Posted b = openArticle();
        Reader reader = new Reader(port);
        String tokenA = aged(reader, a);
        String tokenB = reader.token(b.path());
        sleep(1100);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            Posted target = i % 3 == 0 ? b : a;
            String token = i % 3 == 0 ? tokenB : tokenA;
            String text = "دفعة واحدة " + i;
            sent.add(pool.submit(() -> reader.postJson(target.id(), Reader.form(token, "مستعجل", text))
                    .statusCode()));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var f : sent) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(7);
    }

    @Test
    void lengthLinksAndRepliesFollowTheRules() {
        Posted a = openArticle();
        Reader reader = new Reader(port);
        String token = aged(reader, a);
        var tooShort = reader.postJson(a.id(), Reader.form(token, "قصير", "ا"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("\"field\":\"text\"").contains("قصير جداً");
        var tooLong = reader.postJson(a.id(), Reader.form(token, "طويل", "ب".repeat(3001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("أطول من 3000");
        var noName = reader.post(a.id(), Reader.form(token, "  ", "نص بلا اسم"));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("الاسم مطلوب").contains("نص بلا اسم"); // the form keeps what was typed
        var links = reader.postJson(
                a.id(), Reader.form(token, "روابط", "http://a.example https://b.example www.c.example"));
        assertThat(links.statusCode()).isEqualTo(400);
        assertThat(links.body()).contains("روابط");
        var longest = reader.postJson(
                a.id(), Reader.form(token, "طويل", "ج".repeat(2960) + " http://a.example https://b.example"));
        assertThat(longest.statusCode()).as(longest.body()).isEqualTo(201);

        String topText = "تعليق أصلي " + people.suffix;
        assertThat(reader.postJson(a.id(), Reader.form(token, "أصلي", topText)).statusCode())
                .isEqualTo(201);
        long top = idOf(topText);
        var toPending = Reader.form(token, "مستعجل", "رد على تعليق لم يُنشر");
        toPending.put("parentId", String.valueOf(top));
        assertThat(reader.postJson(a.id(), toPending).statusCode()).isEqualTo(400);
        approve(top);
        var reply = Reader.form(token, "مجيب", "ردّ أول " + people.suffix);
        reply.put("parentId", String.valueOf(top));
        assertThat(reader.postJson(a.id(), reply).statusCode()).isEqualTo(201);
        long replyId = idOf("ردّ أول " + people.suffix);
        approve(replyId);
        var replyToReply = Reader.form(token, "متعمق", "رد على رد");
        replyToReply.put("parentId", String.valueOf(replyId));
        var refused = new Reader(port).postJson(a.id(), replyToReply);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("لا يمكن الرد على رد");
        var bad = Reader.form(token, "عبث", "رقم غير صالح");
        bad.put("parentId", "abc");
        assertThat(new Reader(port).postJson(a.id(), bad).statusCode()).isEqualTo(400);

        var thread = http.get("/api/v1/articles/" + a.id() + "/comments").json().get("items");
        assertThat(thread).hasSize(1);
        assertThat(thread.get(0).get("replies").get(0).get("text").asString()).isEqualTo("ردّ أول " + people.suffix);
        assertThat(reader.page(a.path()).select("#comment-" + top + " .replies #comment-" + replyId))
                .hasSize(1);
    }

    @Test
    void blockedWordsAndAddressesFromTheNewsroomRulesPage() {
        WebSession editor = people.signIn(port, "editor");
        Reader blocked = new Reader(port);
        var saved = editor.post(
                "/admin/comments/rules",
                Map.of(
                        "blockedWords",
                        "كلمة-ممنوعة\nCasino",
                        "blockedAddresses",
                        blocked.address + "\n192.0.2.0/24",
                        "maxLinks",
                        "2"),
                "/admin/comments/rules",
                true);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        try {
            Posted a = openArticle();
            Reader reader = new Reader(port);
            String token = aged(reader, a);
            var word = reader.postJson(a.id(), Reader.form(token, "معلن", "أفضل CASINO على الإنترنت"));
            assertThat(word.statusCode()).isEqualTo(400);
            assertThat(word.body()).contains("كلمات لا ننشرها");
            assertThat(reader.postJson(a.id(), Reader.form(token, "قارئ", "كلمة عادية تماماً"))
                            .statusCode())
                    .isEqualTo(201);
            var address = blocked.post(a.id(), Reader.form(token, "محظور", "من عنوان محظور"));
            assertThat(address.statusCode()).isEqualTo(403);
            assertThat(address.body()).contains("عنوان الشبكة");

            var wrong = editor.post(
                    "/admin/comments/rules",
                    Map.of("blockedWords", "", "blockedAddresses", "not-an-address", "maxLinks", "99"),
                    "/admin/comments/rules",
                    true);
            assertThat(wrong.statusCode()).isEqualTo(200);
            assertThat(wrong.body()).contains("not-an-address").contains("بين 0 و50");
        } finally {
            editor.post(
                    "/admin/comments/rules",
                    Map.of("blockedWords", "", "blockedAddresses", "", "maxLinks", "2"),
                    "/admin/comments/rules",
                    true);
        }
    }

    @Test
    void markupInACommentIsTextOnThePageInTheNewsroomAndInTheApi() {
        Posted a = openArticle();
        Reader reader = new Reader(port);
        String token = aged(reader, a);
        String text = "<script>window.__xss=1</script> و <img src=x onerror=alert(1)>";
        assertThat(reader.postJson(a.id(), Reader.form(token, "<b onmouseover=alert(2)>قارئ</b>", text))
                        .statusCode())
                .isEqualTo(201);
        long id = idOf(text);

        WebSession editor = people.signIn(port, "editor");
        String queuePage = editor.get("/admin/comments?status=pending").body();
        assertThat(queuePage)
                .contains("&lt;script&gt;window.__xss=1&lt;/script&gt;")
                .doesNotContain("<script>window.__xss");
        assertThat(queuePage).doesNotContain("<img src=x").doesNotContain("<b onmouseover");
        approve(id);

        String html = reader.get(a.path()).body();
        assertThat(html)
                .contains("&lt;script&gt;window.__xss=1&lt;/script&gt;")
                .doesNotContain("<script>window.__xss")
                .doesNotContain("<img src=x onerror")
                .doesNotContain("<b onmouseover");
        var shown = reader.page(a.path()).selectFirst("#comment-" + id);
        assertThat(shown.selectFirst(".comment-text").text()).isEqualTo(text);
        assertThat(shown.select("script, img")).isEmpty();
        var api = http.get("/api/v1/articles/" + a.id() + "/comments");
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.json().get("items").get(0).get("text").asString()).isEqualTo(text);
    }

    @Test
    void editorsModerateInTheNewsroomWithBulkActionsAndTheAuditLog() {
        Posted a = openArticle();
        Reader reader = new Reader(port);
        String token = aged(reader, a);
        for (String t : List.of("أول " + people.suffix, "ثان " + people.suffix, "ثالث " + people.suffix)) {
            assertThat(reader.postJson(a.id(), Reader.form(token, "قارئ", t)).statusCode())
                    .isEqualTo(201);
        }
        long first = idOf("أول " + people.suffix);
        long second = idOf("ثان " + people.suffix);
        long third = idOf("ثالث " + people.suffix);

        WebSession writer = people.signIn(port, "writer");
        assertThat(writer.get("/admin/comments").statusCode()).isEqualTo(403);
        assertThat(http.apiAs(people.writer, "GET", "/api/v1/comments", null).status())
                .isEqualTo(403);

        WebSession editor = people.signIn(port, "editor");
        var queuePage = editor.page("/admin/comments?status=pending&article=" + a.id());
        assertThat(queuePage.select("tr[data-id]")).hasSize(3);
        assertThat(queuePage.text()).contains("مقال للتعليق");
        String csrf = editor.csrf("/admin/comments?status=pending");
        var bulk = editor.send(
                java.net.http.HttpRequest.newBuilder()
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&ids=" + first
                                + "&ids=" + second + "&to=approved&back=%2Fadmin%2Fcomments%3Fstatus%3Dpending")),
                "/admin/comments/bulk");
        assertThat(bulk.statusCode()).isEqualTo(302);
        assertThat(bulk.headers().firstValue("Location").orElse("")).endsWith("/admin/comments?status=pending");
        assertThat(editor.page("/admin/comments?status=pending").text()).contains("نُشرت التعليقات المختارة (تعليقان)");

        var spam = editor.post("/admin/comments/" + third + "/status", Map.of("to", "spam"), "/admin/comments", true);
        assertThat(spam.statusCode()).isEqualTo(302);
        var edit = editor.post(
                "/admin/comments/" + first + "/edit",
                Map.of("text", "أول بعد التصحيح " + people.suffix),
                "/admin/comments/" + first + "/edit",
                true);
        assertThat(edit.statusCode()).isEqualTo(302);
        var emptyEdit = editor.post(
                "/admin/comments/" + first + "/edit", Map.of("text", " "), "/admin/comments/" + first + "/edit", true);
        assertThat(emptyEdit.statusCode()).isEqualTo(200);
        assertThat(emptyEdit.body()).contains("قصير جداً");

        String page = reader.get(a.path()).body();
        assertThat(page)
                .contains("أول بعد التصحيح")
                .contains("ثان " + people.suffix)
                .doesNotContain("ثالث " + people.suffix);

        var del = http.apiAs(people.editor, "DELETE", "/api/v1/comments/" + second, null);
        assertThat(del.status()).isEqualTo(204);
        assertThat(reader.get(a.path()).body()).doesNotContain("ثان " + people.suffix);
        assertThat(http.apiAs(people.editor, "PATCH", "/api/v1/comments/" + second, "{\"status\":\"nope\"}")
                        .status())
                .isEqualTo(400);
        var missing = http.apiAs(people.editor, "PATCH", "/api/v1/comments/999999999", "{\"status\":\"approved\"}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        String audit = http.api("GET", "/api/v1/audit?perPage=100", null).body();
        assertThat(audit)
                .contains("comment.spam")
                .contains("comment " + third)
                .contains("comment.edit")
                .contains("comment " + first)
                .contains("comment.approved")
                .contains("comment " + second);

        var dashboard = editor.page("/admin");
        assertThat(dashboard.selectFirst("#comment-counts")).isNotNull();
        assertThat(writer.page("/admin").selectFirst("#comment-counts")).isNull();
    }

    @Test
    void thePublicListOfAHiddenOrMissingArticle() {
        Posted hidden = article(
                "مقال بلا تعليقات", "hidden", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        var r = http.get("/api/v1/articles/" + hidden.id() + "/comments");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("comments").asString()).isEqualTo("hidden");
        assertThat(new Reader(port).page(hidden.path()).selectFirst("section.comments"))
                .isNull();
        assertThat(http.get("/api/v1/articles/999999999/comments").status()).isEqualTo(404);
        // Only that read is public: the rest of /api/ still needs a token.
        assertThat(http.get("/api/v1/comments").status()).isEqualTo(401);
        assertThat(http.apiAs(null, "POST", "/api/v1/articles/" + hidden.id() + "/comments", "{}")
                        .status())
                .isEqualTo(401);
    }
}
