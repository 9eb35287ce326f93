package com.nashir.article;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import com.nashir.access.Actor;
import com.nashir.arabic.ArabicPunctuation;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every save of an article keeps a revision (who, when, the whole content). Any two revisions
 * can be compared field by field, with the body compared paragraph by paragraph and word by word.
 */
@Service
public class ArticleRevisions {
    /** A revision as listed. */
    public record Revision(long id, long articleId, int version, Instant createdAt, String actor, boolean minor) {}

    /** One changed field. For the body, {@code rows} holds paragraph-level rows with inline word changes. */
    public record FieldChange(String field, List<Row> rows) {
        private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
                java.util.Map.entry("headline", "article.field.headline"),
                java.util.Map.entry("kicker", "article.field.kicker"),
                java.util.Map.entry("summary", "article.field.summary"),
                java.util.Map.entry("slug", "article.field.slug"),
                java.util.Map.entry("section", "article.field.section"),
                java.util.Map.entry("byline", "article.field.byline"),
                java.util.Map.entry("status", "article.field.status"),
                java.util.Map.entry("featuredImage", "article.field.featured-image"),
                java.util.Map.entry("tags", "article.field.tags"),
                java.util.Map.entry("comments", "article.field.comments"),
                java.util.Map.entry("seoTitle", "article.field.seo-title"),
                java.util.Map.entry("seoDescription", "article.field.seo-description"),
                java.util.Map.entry("body", "article.field.body"));

        /** The field's Arabic name, for people ("body" → "النص"). */
        public String label() {
            String key = LABELS.get(field);
            return key == null ? field : Messages.text(key);
        }
    }

    /**
     * One compared line. {@code before}/{@code after} are HTML-escaped text in which removed words
     * are wrapped in {@code <del>} and added ones in {@code <ins>}, so they can be shown as they are.
     */
    public record Row(String kind, String before, String after) {}

    /**
     * The units a changed line is compared in: an HTML entity (the lines are escaped before they are
     * compared) stays whole, so a change next to {@code &amp;} can never put a tag inside it; then
     * runs of letters and digits, runs of spaces, and single other characters.
     */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile(
            "&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);|\\s+|[\\p{L}\\p{M}\\p{N}_]+|.",
            java.util.regex.Pattern.DOTALL);

    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static final DiffRowGenerator WORDS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffBySplitter(ArticleRevisions::tokens)
            .mergeOriginalRevised(false)
            // The library's own escaping leaves & and " alone: escape them all, before comparing.
            .lineNormalizer(line -> line.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;")
                    .replace("\t", "    "))
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ArticleRevisions(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    void record(Article a, Actor actor, boolean minor) {
        jdbc.sql("insert into article_revision (article_id, version, created_at, user_id, actor_name, minor, snapshot) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.id(),
                        a.version(),
                        Sql.param(clock.instant()),
                        actor.userId(),
                        actor.name(),
                        minor,
                        json.writeValueAsString(ArticleSnapshot.of(a)))
                .update();
    }

    public List<Revision> list(long articleId) {
        return jdbc.sql("select id, article_id, version, created_at, actor_name, minor from article_revision "
                        + "where article_id = ? order by id desc")
                .param(articleId)
                .query((rs, n) -> new Revision(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        rs.getInt("version"),
                        Sql.instant(rs, "created_at"),
                        rs.getString("actor_name"),
                        rs.getBoolean("minor")))
                .list();
    }

    public ArticleSnapshot snapshot(long articleId, long revisionId) {
        String text = jdbc.sql("select snapshot from article_revision where id = ? and article_id = ?")
                .params(revisionId, articleId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(Messages.text("article.revision.not-found")));
        return json.readValue(text, ArticleSnapshot.class);
    }

    /** What changed from one revision to another, field by field; unchanged fields are left out. */
    public List<FieldChange> diff(long articleId, long fromRevision, long toRevision) {
        ArticleSnapshot a = snapshot(articleId, fromRevision);
        ArticleSnapshot b = snapshot(articleId, toRevision);
        List<FieldChange> changes = new ArrayList<>();
        text(changes, "headline", a.headline(), b.headline());
        text(changes, "kicker", a.kicker(), b.kicker());
        text(changes, "summary", a.summary(), b.summary());
        text(changes, "slug", a.slug(), b.slug());
        text(changes, "section", a.section(), b.section());
        text(changes, "byline", byline(a), byline(b));
        // States and comment modes as people name them (مسودة → منشور), not as the API spells them.
        text(changes, "status", statusLabel(a.status()), statusLabel(b.status()));
        text(changes, "featuredImage", image(a.image()), image(b.image()));
        text(
                changes,
                "tags",
                String.join(ArabicPunctuation.LIST_SEPARATOR, a.tags()),
                String.join(ArabicPunctuation.LIST_SEPARATOR, b.tags()));
        text(changes, "comments", commentsLabel(a.comments()), commentsLabel(b.comments()));
        text(changes, "seoTitle", seo(a).title(), seo(b).title());
        text(changes, "seoDescription", seo(a).description(), seo(b).description());
        List<String> before = paragraphs(a.body());
        List<String> after = paragraphs(b.body());
        if (!before.equals(after)) {
            changes.add(new FieldChange("body", rows(before, after)));
        }
        return changes;
    }

    private static void text(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(
                    field, rows(List.of(Objects.toString(before, "")), List.of(Objects.toString(after, "")))));
        }
    }

    static List<Row> rows(List<String> before, List<String> after) {
        List<Row> rows = new ArrayList<>();
        for (DiffRow r : WORDS.generateDiffRows(before, after)) {
            rows.add(new Row(r.getTag().name().toLowerCase(java.util.Locale.ROOT), r.getOldLine(), r.getNewLine()));
        }
        return rows;
    }

    /** The body as readable lines: one per paragraph, heading, list item or quote. */
    static List<String> paragraphs(String html) {
        List<String> lines = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html == null ? "" : html)
                .body()
                .select("p, h2, h3, h4, li, figcaption, blockquote")) {
            if (e.is("blockquote") && !e.select("p").isEmpty()) {
                continue; // its paragraphs are listed themselves
            }
            String t = e.text();
            if (!t.isBlank()) {
                lines.add((e.is("h2, h3, h4") ? "## " : e.is("li") ? "• " : e.is("blockquote") ? "» " : "") + t);
            }
        }
        return lines;
    }

    private static String statusLabel(String wire) {
        ArticleStatus s = ArticleStatus.fromWire(wire);
        return s == null ? wire : s.label();
    }

    private static String commentsLabel(String wire) {
        CommentsMode m = CommentsMode.fromWire(wire);
        return m == null ? wire : m.label();
    }

    /** Revisions saved before the search and social texts existed have none. */
    private static ArticleSeo seo(ArticleSnapshot s) {
        return s.seo() == null ? ArticleSeo.NONE : s.seo();
    }

    private static String byline(ArticleSnapshot s) {
        return s.desk() != null ? s.desk() : String.join(ArabicPunctuation.LIST_SEPARATOR, s.authors());
    }

    private static String image(FeaturedImage i) {
        return i == null
                ? ""
                : i.url() + " — " + i.caption()
                        + (i.archive() ? " " + Messages.text("article.revision.archive-mark") : "");
    }
}
