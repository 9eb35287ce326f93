package com.nashir.bench;

import com.nashir.arabic.ArabicSlugs;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty Nashir database with a realistic news archive for benchmarks: N articles over
 * fifteen years (more per year as the site grows; ids follow publication time, as on a real
 * site), sections and desks, a few hundred authors, tens of thousands of tags with a long-tailed
 * use (a few tags on a tenth of the articles, most on a handful), readers' comments on a part of
 * the articles, corrections, featured images. Text is drawn from the demo content's vocabulary.
 *
 * <pre>java … com.nashir.bench.ArchiveGenerator --url JDBC_URL [--user U] [--password P] --articles N [--seed S]</pre>
 *
 * The schema is made by Flyway first (the application's own migrations). PostgreSQL is filled
 * with COPY, H2 with batched inserts. Refuses a database that already has articles.
 */
public final class ArchiveGenerator {
    private static final Instant NOW = Instant.now();
    private static final int YEARS = 15;
    private static final String[] EXTRA_SECTIONS = {
        "local:محليات", "world:دولي", "health:صحة", "science:علوم", "opinion:رأي", "variety:منوعات", "travel:سياحة"
    };
    private static final String[] FIRST = {
        "ليلى", "عمر", "سارة", "خالد", "رنا", "يوسف", "هدى", "سامر", "نور", "طارق", "مريم", "فادي", "دينا", "زياد",
        "لينا", "حسان", "جمانة", "وليد", "ريم", "باسل", "سلمى", "نزار", "هالة", "مازن", "غادة", "أيمن", "رشا", "كريم"
    };
    private static final String[] LAST = {
        "حداد",
        "الخطيب",
        "العلي",
        "منصور",
        "الحلبي",
        "الشامي",
        "عيسى",
        "نصار",
        "يعقوب",
        "الزعبي",
        "سليمان",
        "عبد الله",
        "الأحمد",
        "صالح",
        "البزاز",
        "قاسم",
        "الريس",
        "مراد",
        "عودة",
        "الحسيني",
        "درويش",
        "جابر"
    };
    private static final String[] IMAGES = {
        "chip", "city", "concert", "desert", "harbor", "lab", "library", "market", "parliament", "stadium"
    };
    private static final String[] COMMENTERS = {
        "أبو أحمد", "سمر", "مواطن", "قارئ من حلب", "أم خالد", "محمود", "فاطمة", "متابع", "علي", "جنى"
    };

    private final Random random;
    private final String[] words;
    private final String[] sentences;
    private final int articles;

    private ArchiveGenerator(int articles, long seed) {
        this.articles = articles;
        this.random = new Random(seed);
        JsonNode demo = demo();
        LinkedHashSet<String> w = new LinkedHashSet<>();
        List<String> s = new ArrayList<>();
        for (JsonNode a : demo.get("articles")) {
            String text = Jsoup.parse(a.get("body").asString()).text() + " "
                    + a.get("summary").asString();
            for (String sentence : text.split("(?<=[.؟!])\\s+")) {
                if (sentence.length() > 30) {
                    s.add(sentence.strip());
                }
            }
            for (String word : (a.get("headline").asString() + " " + text).split("[\\s،؛.:«»\"()؟!]+")) {
                if (word.length() > 2) {
                    w.add(word);
                }
            }
        }
        this.words = w.toArray(String[]::new);
        this.sentences = s.toArray(String[]::new);
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        String user = "sa";
        String password = "";
        int n = 100_000;
        long seed = 42;
        java.nio.file.Path paths = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--articles" -> n = Integer.parseInt(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--paths" -> paths = java.nio.file.Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        long start = System.nanoTime();
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        System.err.printf("schema ready in %.1f s%n", (System.nanoTime() - start) / 1e9);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            ArchiveGenerator generator = new ArchiveGenerator(n, seed);
            generator.fill(c);
            if (paths != null) {
                generator.writePaths(c, paths);
            }
        }
        System.err.printf("archive of %,d articles written in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
    }

    private void fill(Connection c) throws SQLException, IOException {
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("select count(*) from article")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException(
                        "the database already has articles; the generator fills empty ones only");
            }
        }
        Sink sink = c.isWrapperFor(PGConnection.class) ? new CopySink(c) : new BatchSink(c);
        Instant created = NOW.minus(Duration.ofDays(365L * YEARS + 30));

        // Sections: the demo's five and seven more; sizes long-tailed by weight.
        List<Object[]> sectionRows = new ArrayList<>();
        JsonNode demo = demo();
        int sid = 0;
        for (JsonNode s : demo.get("sections")) {
            sectionRows.add(row(++sid, s.get("slug").asString(), s.get("name").asString(), sid, created, "", true));
        }
        for (String s : EXTRA_SECTIONS) {
            String[] p = s.split(":");
            sectionRows.add(row(++sid, p[0], p[1], sid, created, "", sid <= 9));
        }
        int sections = sid;
        sink.rows("section", "id, slug, name, position, created_at, description, in_menu", sectionRows);

        List<Object[]> deskRows = new ArrayList<>();
        int did = 0;
        for (JsonNode d : demo.get("desks")) {
            deskRows.add(row(++did, d.get("slug").asString(), d.get("name").asString(), created, ""));
        }
        deskRows.add(row(++did, "sports-desk", "القسم الرياضي", created, ""));
        deskRows.add(row(++did, "agencies", "وكالات", created, ""));
        int desks = did;
        sink.rows("desk", "id, slug, name, created_at, description", deskRows);

        int authors = Math.max(20, Math.min(400, articles / 2500));
        List<Object[]> authorRows = new ArrayList<>();
        LinkedHashSet<String> authorNames = new LinkedHashSet<>();
        while (authorNames.size() < authors) {
            authorNames.add(pick(FIRST) + " " + pick(LAST)
                    + (authorNames.size() >= FIRST.length * LAST.length / 2 ? " " + pick(FIRST) : ""));
        }
        int aid = 0;
        for (String name : authorNames) {
            aid++;
            authorRows.add(row(aid, "author-" + aid, name, sentence(12), null, created));
        }
        sink.rows("author", "id, slug, name, bio, photo_url, created_at", authorRows);

        int tags = Math.max(200, articles / 30);
        List<Object[]> tagRows = new ArrayList<>();
        LinkedHashSet<String> tagNames = new LinkedHashSet<>();
        while (tagNames.size() < tags) {
            String name = tagNames.size() < words.length / 2 ? pick(words) : pick(words) + " " + pick(words);
            tagNames.add(name.length() > 190 ? name.substring(0, 190) : name);
        }
        int tid = 0;
        for (String name : tagNames) {
            tid++;
            tagRows.add(row(tid, tid + "-" + ArabicSlugs.slugify(name, 60), name, created, ""));
        }
        sink.rows("tag", "id, slug, name, created_at, description", tagRows);
        sink.flush();
        System.err.printf("%d sections, %d desks, %,d authors, %,d tags%n", sections, desks, authors, tags);

        // Publication times: density grows linearly over the years; sorted so ids follow time.
        long span = Duration.ofDays(365L * YEARS).toSeconds();
        long[] offsets = new long[articles];
        for (int i = 0; i < articles; i++) {
            offsets[i] = (long) (span * Math.sqrt(random.nextDouble()));
        }
        Arrays.sort(offsets);
        Instant first = NOW.minus(Duration.ofSeconds(span));
        Zipf tagRank = new Zipf(tags, 1.07, random);
        Zipf authorRank = new Zipf(authors, 0.9, random);
        Zipf sectionRank = new Zipf(sections, 0.8, random);
        long commentId = 0;
        long correctionId = 0;
        int published = 0;
        for (int i = 0; i < articles; i++) {
            long id = i + 1;
            Instant at = first.plusSeconds(offsets[i]);
            String status = "published";
            double r = random.nextDouble();
            if (r < 0.01) {
                status = "draft";
            } else if (r < 0.015) {
                status = "trashed";
            } else if (r < 0.02) {
                status = "unpublished";
            }
            if (i >= articles - 20) {
                status = "scheduled";
                at = NOW.plus(Duration.ofHours(articles - i));
            }
            if (status.equals("published")) {
                published++;
            }
            String headline = headline();
            String slug = ArabicSlugs.slugify(headline);
            if (slug.isBlank()) {
                slug = "a-" + id;
            }
            boolean image = random.nextDouble() < 0.7;
            boolean archive = image && random.nextDouble() < 0.2;
            String imageName = pick(IMAGES);
            int section = sectionRank.next();
            boolean desk = random.nextDouble() < 0.3;
            Instant updated = random.nextDouble() < 0.1 ? at.plus(Duration.ofMinutes(5 + random.nextInt(600))) : null;
            if (updated != null && updated.isAfter(NOW)) {
                updated = null;
            }
            Instant modified = updated != null ? updated : at;
            boolean oldArticle = at.isBefore(NOW.minus(Duration.ofDays(14)));
            sink.row(
                    "article",
                    "id, slug, headline, kicker, summary, section_id, desk_id, status, published_at, updated_at, created_at, "
                            + "modified_at, image_url, image_caption, image_credit, image_alt, image_archive, body, comments_mode, version, "
                            + "owner_id, trashed_from",
                    id,
                    slug,
                    headline,
                    random.nextDouble() < 0.3 ? pick(words) + " " + pick(words) : "",
                    sentence(20 + random.nextInt(15)),
                    section,
                    desk ? 1 + random.nextInt(desks) : null,
                    status,
                    status.equals("draft") ? null : at,
                    updated,
                    at.minus(Duration.ofMinutes(30)),
                    modified,
                    image ? "/demo/" + imageName + ".svg" : null,
                    image ? sentence(8) + (archive ? " ـ أرشيف" : "") : "",
                    image ? (random.nextBoolean() ? "خاص ناشر" : "وكالات") : "",
                    image ? sentence(6) : "",
                    archive,
                    body(),
                    random.nextDouble() < 0.05 ? "closed" : "open",
                    1,
                    null,
                    status.equals("trashed") ? "published" : null);
            // Links carry the publication time while the article is published (V12), as ArticleRepository keeps them.
            Instant publicAt = status.equals("published") ? at : null;
            if (!desk) {
                int bylines = random.nextDouble() < 0.15 ? 2 : 1;
                int a1 = authorRank.next();
                sink.row("article_author", "article_id, author_id, position, public_at", id, a1, 0, publicAt);
                if (bylines == 2) {
                    int a2 = authorRank.next();
                    if (a2 != a1) {
                        sink.row("article_author", "article_id, author_id, position, public_at", id, a2, 1, publicAt);
                    }
                }
            }
            int tagCount = 2 + random.nextInt(5);
            LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
            for (int t = 0; t < tagCount; t++) {
                chosen.add(tagRank.next());
            }
            int position = 0;
            for (int t : chosen) {
                sink.row("article_tag", "article_id, tag_id, position, public_at", id, t, position++, publicAt);
            }
            // Comments on about one article in six, most few, some many.
            if (status.equals("published") && random.nextDouble() < 0.16) {
                int count = (int) Math.min(200, Math.ceil(-Math.log(1 - random.nextDouble()) * 6));
                Instant commentAt = at;
                for (int k = 0; k < count; k++) {
                    commentAt = commentAt.plusSeconds(60 + random.nextInt(oldArticle ? 20_000 : 600));
                    if (commentAt.isAfter(NOW)) {
                        break;
                    }
                    double cs = random.nextDouble();
                    String commentStatus =
                            cs < 0.85 ? "approved" : cs < 0.93 ? "pending" : cs < 0.97 ? "rejected" : "spam";
                    commentId++;
                    sink.row(
                            "reader_comment",
                            "id, article_id, parent_id, author_name, author_email, body, status, address, created_at, "
                                    + "edited, moderated_at, moderated_by",
                            commentId,
                            id,
                            null,
                            pick(COMMENTERS),
                            "reader" + random.nextInt(50_000) + "@example.org",
                            sentence(8 + random.nextInt(40)),
                            commentStatus,
                            "10." + random.nextInt(256) + "." + random.nextInt(256) + ".7",
                            commentAt,
                            false,
                            commentStatus.equals("pending") ? null : commentAt.plusSeconds(600),
                            commentStatus.equals("pending") ? null : "فريق التحرير");
                }
            }
            if (status.equals("published") && random.nextDouble() < 0.005) {
                correctionId++;
                sink.row(
                        "article_correction",
                        "id, article_id, created_at, text, actor_name",
                        correctionId,
                        id,
                        at.plus(Duration.ofHours(3)),
                        "صُحّح " + sentence(10),
                        "فريق التحرير");
            }
            if ((i + 1) % 50_000 == 0) {
                sink.flush();
                System.err.printf("  %,d articles%n", i + 1);
            }
        }
        sink.flush();
        c.commit();
        restartIdentities(c, sink instanceof CopySink);
        c.commit();
        System.err.printf(
                "%,d published of %,d; %,d comments; %,d corrections%n", published, articles, commentId, correctionId);
    }

    /**
     * Every public article's address, shuffled (the benchmark's long tail walks them), then every
     * section's, tag's, author's and desk's listing, one per line.
     */
    private void writePaths(Connection c, java.nio.file.Path file) throws SQLException, IOException {
        List<String> articles = new ArrayList<>();
        try (Statement s = c.createStatement();
                var rs = s.executeQuery(
                        "select id, slug from article where status = 'published' and published_at <= current_timestamp")) {
            while (rs.next()) {
                articles.add(com.nashir.address.Permalinks.article(rs.getLong(1), rs.getString(2)));
            }
        }
        java.util.Collections.shuffle(articles, new Random(7));
        List<String> lines = new ArrayList<>(articles);
        // Tags and authors with a public article only: the others' pages answer 404, as they should, and
        // a benchmark rotating over them would count those answers as errors (4 of 33,333 tags at a million).
        for (String[] kind : new String[][] {
            {"section", "select slug from section"},
            {
                "tag",
                "select slug from tag t where exists (select 1 from article_tag x "
                        + "where x.tag_id = t.id and x.public_at <= current_timestamp)"
            },
            {
                "author",
                "select slug from author t where exists (select 1 from article_author x "
                        + "where x.author_id = t.id and x.public_at <= current_timestamp)"
            },
            {"desk", "select slug from desk"}
        }) {
            try (Statement s = c.createStatement();
                    var rs = s.executeQuery(kind[1])) {
                while (rs.next()) {
                    String slug = rs.getString(1);
                    lines.add(
                            switch (kind[0]) {
                                case "section" -> com.nashir.address.Permalinks.section(slug);
                                case "tag" -> com.nashir.address.Permalinks.tag(slug);
                                case "author" -> com.nashir.address.Permalinks.author(slug);
                                default -> com.nashir.address.Permalinks.desk(slug);
                            });
                }
            }
        }
        java.nio.file.Files.write(file, lines);
        System.err.printf("%,d article addresses (and the listings) in %s%n", articles.size(), file);
    }

    /** Identity columns continue after the generated ids, so the application can insert. */
    private static void restartIdentities(Connection c, boolean postgres) throws SQLException {
        for (String table :
                List.of("section", "desk", "author", "tag", "article", "reader_comment", "article_correction")) {
            long next;
            try (Statement s = c.createStatement();
                    var rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                if (postgres) {
                    s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
                } else {
                    s.execute("alter table " + table + " alter column id restart with " + next);
                }
            }
        }
        if (postgres) {
            try (Statement s = c.createStatement()) {
                c.commit();
                c.setAutoCommit(true);
                s.execute("vacuum analyze");
                c.setAutoCommit(false);
            }
        }
    }

    private String headline() {
        StringBuilder h = new StringBuilder();
        int n = 7 + random.nextInt(7);
        for (int i = 0; i < n; i++) {
            h.append(i == 0 ? "" : " ").append(pick(words));
        }
        return h.toString();
    }

    private String body() {
        StringBuilder b = new StringBuilder();
        int paragraphs = 5 + random.nextInt(9);
        for (int p = 0; p < paragraphs; p++) {
            b.append("<p>");
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                b.append(i == 0 ? "" : " ").append(pick(sentences));
            }
            b.append("</p>");
        }
        return b.toString();
    }

    private String sentence(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(pick(words));
        }
        return s.toString();
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private static JsonNode demo() {
        try (InputStream in = ArchiveGenerator.class.getResourceAsStream("/demo/demo-content.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ranks 1..n drawn with probability proportional to 1/rank^s (inverse of a precomputed CDF). */
    private static final class Zipf {
        private final double[] cdf;
        private final Random random;

        Zipf(int n, double s, Random random) {
            this.random = random;
            cdf = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cdf[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cdf[i] /= sum;
            }
        }

        int next() {
            int i = Arrays.binarySearch(cdf, random.nextDouble());
            return (i < 0 ? -i - 1 : i) + 1;
        }
    }

    /** Where rows go: COPY on PostgreSQL, batched inserts elsewhere. Rows of a table arrive in order. */
    private abstract static class Sink {
        abstract void row(String table, String columns, Object... values) throws SQLException, IOException;

        abstract void flush() throws SQLException, IOException;

        void rows(String table, String columns, List<Object[]> rows) throws SQLException, IOException {
            for (Object[] values : rows) {
                row(table, columns, values);
            }
        }

        /** One row in COPY's text format. */
        static String encode(Object... values) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    line.append("\\N");
                } else if (v instanceof Instant t) {
                    line.append(t.toString());
                } else {
                    String s = v.toString();
                    for (int k = 0; k < s.length(); k++) {
                        char ch = s.charAt(k);
                        switch (ch) {
                            case '\\' -> line.append("\\\\");
                            case '\t' -> line.append("\\t");
                            case '\n' -> line.append("\\n");
                            case '\r' -> line.append("\\r");
                            default -> line.append(ch);
                        }
                    }
                }
            }
            return line.append('\n').toString();
        }
    }

    private static final class CopySink extends Sink {
        private final CopyManager copy;
        private final java.util.Map<String, StringBuilder> buffers = new java.util.LinkedHashMap<>();
        private final java.util.Map<String, String> columns = new java.util.HashMap<>();

        CopySink(Connection c) throws SQLException {
            this.copy = c.unwrap(PGConnection.class).getCopyAPI();
        }

        @Override
        void row(String table, String cols, Object... values) throws SQLException, IOException {
            columns.put(table, cols);
            StringBuilder b = buffers.computeIfAbsent(table, k -> new StringBuilder(1 << 20));
            b.append(encode(values));
            if (b.length() > 8 << 20) {
                flush(); // every table, parents first, so a child row never arrives before its parent
            }
        }

        private void flush(String table) throws SQLException, IOException {
            StringBuilder b = buffers.get(table);
            if (b == null || b.length() == 0) {
                return;
            }
            Reader in = new StringReader(b.toString());
            copy.copyIn("copy " + table + " (" + columns.get(table) + ") from stdin", in);
            b.setLength(0);
        }

        @Override
        void flush() throws SQLException, IOException {
            // Parents before children, whatever order the buffers were filled in.
            for (String table : List.of(
                    "section",
                    "desk",
                    "author",
                    "tag",
                    "article",
                    "article_author",
                    "article_tag",
                    "reader_comment",
                    "article_correction")) {
                flush(table);
            }
        }
    }

    private static final class BatchSink extends Sink {
        private final Connection c;
        private final java.util.Map<String, PreparedStatement> statements = new java.util.LinkedHashMap<>();
        private final java.util.Map<String, Integer> pending = new java.util.HashMap<>();

        BatchSink(Connection c) {
            this.c = c;
        }

        @Override
        void row(String table, String cols, Object... values) throws SQLException {
            PreparedStatement ps = statements.get(table);
            if (ps == null) {
                String marks = String.join(", ", java.util.Collections.nCopies(cols.split(",").length, "?"));
                ps = c.prepareStatement("insert into " + table + " (" + cols + ") values (" + marks + ")");
                statements.put(table, ps);
            }
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                ps.setObject(i + 1, v instanceof Instant t ? Timestamp.from(t) : v);
            }
            ps.addBatch();
            if (pending.merge(table, 1, Integer::sum) >= 2_000) {
                flush();
            }
        }

        @Override
        void flush() throws SQLException {
            for (String table : List.of(
                    "section",
                    "desk",
                    "author",
                    "tag",
                    "article",
                    "article_author",
                    "article_tag",
                    "reader_comment",
                    "article_correction")) {
                PreparedStatement ps = statements.get(table);
                if (ps != null && pending.getOrDefault(table, 0) > 0) {
                    ps.executeBatch();
                    pending.put(table, 0);
                }
            }
            c.commit();
        }
    }
}
