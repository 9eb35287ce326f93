package com.nashir.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.access.Actor;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.SqlStatements;
import com.nashir.testing.WebSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A save reads its article once and resolves all its tags in one query, creating the new ones in
 * one statement: an editor's save runs a fixed, small number of SQL statements whatever the
 * article's tags (the style of {@code PublicPageStatementsIT}). What a save returns is built from
 * what it wrote, not read back, so it must be exactly what a read finds.
 */
@IntegrationTest
class ArticleSaveStatementsIT {
    /**
     * The most statements an editor's save of an existing article may run (what it runs today;
     * lower is welcome; it ran 29 for one tag and 85 for fifteen before): the session's five, the
     * article read once with its authors and tags, the section, the authors and the tags looked up
     * (one query each), the new tags made, the row written, the byline and tag links replaced (two
     * each), the revision, its kept related list dropped, the search feed; on PostgreSQL one more,
     * the change told to the other nodes (20 on H2).
     */
    static final int SAVE_BUDGET = 21;

    @LocalServerPort
    int port;

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    Http http;
    Fixtures fx;
    String section;
    String author;
    WebSession editor;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new Fixtures(http);
        section = fx.section();
        author = author();
        editor = new Newsroom(http).signIn(port, "editor");
    }

    @Test
    void anEditorsSaveReadsTheArticleOnceAndItsTagsInOneQuery() {
        List<String> existing = names("وسم قائم", 2);
        long id = draft(existing);
        List<String> tags = new ArrayList<>(existing);
        tags.addAll(names("وسم جديد", 12));

        List<String> sql = save(id, tags);

        assertThat(matching(sql, "from article a join section"))
                .as("the article read, of:\n" + String.join("\n", sql))
                .hasSize(1);
        assertThat(matching(sql, "from tag ")).as("tags looked up").hasSize(1);
        assertThat(matching(sql, "insert into tag ")).as("tags made").hasSize(1);
        assertThat(sql.size())
                .as("statements of a save:\n" + String.join("\n", sql))
                .isLessThanOrEqualTo(SAVE_BUDGET);
        assertThat(http.api("GET", "/api/v1/articles/" + id, null)
                        .json()
                        .get("tags")
                        .size())
                .isEqualTo(14);
    }

    /** Fifteen tags, most of them new, cost the statements of one: no query per tag. */
    @Test
    void aSaveCostsTheSameWhateverItsTags() {
        long few = draft(names("قليل", 1));
        long many = draft(names("كثير", 1));

        int one = save(few, names("قليل جديد", 1)).size();
        int fifteen = save(many, names("كثير جديد", 15)).size();

        assertThat(fifteen).isEqualTo(one);
    }

    @Test
    void whatASaveReturnsIsWhatItStored() {
        Actor admin = Actor.system("ArticleSaveStatementsIT");
        String mark = UUID.randomUUID().toString().substring(0, 6);
        Article created = service.create(
                admin,
                new ArticleInput(
                        "خبر يُحفظ ثم يُقرأ " + mark,
                        "تمهيد",
                        "ملخص الخبر",
                        "",
                        section,
                        "مكتب جديد " + mark,
                        null,
                        "draft",
                        null,
                        null,
                        new ArticleInput.ImageInput("/demo/desert.svg", "صحراء", "مصوّر", "كثبان", true),
                        "<p>نص الخبر.</p>",
                        List.of("وسم " + mark, "وسم  آخر " + mark, "وسم " + mark + "!"),
                        "closed",
                        false,
                        null,
                        new ArticleSeo("عنوان البحث", "وصف البحث")));
        assertThat(created).isEqualTo(stored(created.id()));
        assertThat(created.tags()).hasSize(2);

        Article published = service.update(
                admin,
                created.id(),
                new ArticleInput(
                        "خبر نُشر " + mark,
                        "",
                        "ملخص آخر",
                        "",
                        section,
                        null,
                        List.of(author),
                        "published",
                        null,
                        null,
                        null,
                        "<p>نص منشور.</p>",
                        List.of("وسم منشور " + mark),
                        "open",
                        false,
                        created.version()));
        assertThat(published).isEqualTo(stored(created.id()));
        assertThat(published.version()).isEqualTo(created.version() + 1);

        Article unpublished = service.changeStatus(admin, created.id(), "unpublished", published.version());
        assertThat(unpublished).isEqualTo(stored(created.id()));
    }

    private Article stored(long id) {
        return articles.findById(id).orElseThrow();
    }

    /** A draft signed by the test's author, with these tags; its id. */
    private long draft(List<String> tags) {
        Map<String, Object> a = new LinkedHashMap<>(Fixtures.article(section, "مسودة تُحفظ من المحرر"));
        a.put("status", "draft");
        a.put("byline", Map.of("authors", List.of(author)));
        a.put("tags", tags);
        return fx.post(a).get("id").asLong();
    }

    /** The statements an editor's save of article {@code id} with these tags ran, in order. */
    private List<String> save(long id, List<String> tags) {
        String edit = "/admin/articles/" + id + "/edit";
        int version = http.api("GET", "/api/v1/articles/" + id, null)
                .json()
                .get("version")
                .asInt();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("headline", "مسودة حُفظت من المحرر");
        f.put("kicker", "");
        f.put("summary", "ملخص");
        f.put("body", "<p>نص المسودة بعد الحفظ.</p>");
        f.put("status", "draft");
        f.put("section", section);
        f.put("bylineType", "authors");
        f.put("desk", "");
        f.put("authors", author);
        f.put("tags", String.join("، ", tags));
        f.put("comments", "open");
        f.put("slug", "");
        f.put("publishedAt", "");
        f.put("version", String.valueOf(version));
        String count = UUID.randomUUID().toString();
        var r = editor.post(edit, f, edit, true, SqlStatements.HEADER, count);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(SqlStatements.of(count)).as("counted").isNotNull();
        return SqlStatements.statementsOf(count).stream()
                .map(SqlStatements.Executed::sql)
                .toList();
    }

    private static List<String> matching(List<String> sql, String part) {
        return sql.stream()
                .filter(s -> s.toLowerCase(java.util.Locale.ROOT).contains(part))
                .toList();
    }

    private static List<String> names(String prefix, int n) {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        return IntStream.range(0, n)
                .mapToObj(i -> prefix + " " + mark + " " + i)
                .toList();
    }

    private String author() {
        String slug = "au-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.api("POST", "/api/v1/authors", Http.json(Map.of("slug", slug, "name", "كاتب " + slug)))
                        .status())
                .isEqualTo(201);
        return slug;
    }
}
