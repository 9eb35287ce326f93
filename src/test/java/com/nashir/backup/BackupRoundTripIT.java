package com.nashir.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.Commands;
import com.nashir.testing.Http;
import com.nashir.testing.Newsroom;
import com.nashir.testing.TestDatabase;
import com.nashir.testing.WebSession;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The supported way from embedded H2 to PostgreSQL, proved lossless: a site with the demo and a
 * newsroom's everyday content (revisions, a correction, tags, comments with a reply, a picture,
 * breaking news, accounts with passwords and tokens) is backed up while it serves, restored on
 * the other engine (H2 → PostgreSQL in the H2 run, PostgreSQL → H2 in the PostgreSQL run), and
 * every address the site links to answers the same bytes; every password still signs in.
 */
class BackupRoundTripIT {
    private static final int PORT = 19311;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void aSiteRestoredOnTheOtherEngineAnswersEveryAddressWithTheSameBytes() throws Exception {
        Assumptions.assumeTrue(
                TestDatabase.postgresReachable() || "true".equals(System.getenv("CI")), "PostgreSQL needed");
        String from = TestDatabase.engine();
        String to = "postgres".equals(from) ? "h2" : "postgres";
        SiteRun source = SiteRun.fresh(from, temp);
        SiteRun target = SiteRun.fresh(to, temp);
        Path archive = temp.resolve("site.nashir-backup.zip");
        List<String> start = new ArrayList<>(List.of(
                "/",
                "/robots.txt",
                "/sitemap.xml",
                "/feed",
                "/feed/atom",
                "/feed.json",
                "/search?q=" + java.net.URLEncoder.encode("الحكومة", StandardCharsets.UTF_8),
                "/wp-json/",
                "/wp-json/wp/v2/posts",
                "/wp-json/wp/v2/categories",
                "/wp-json/wp/v2/tags",
                "/wp-json/wp/v2/users",
                "/api/v1/articles",
                "/api/v1/sections",
                "/api/v1/tags",
                "/api/v1/authors",
                "/api/v1/desks",
                "/api/v1/breaking",
                "/api/v1/media",
                "/api/v1/comments",
                "/api/v1/users",
                "/api/v1/settings",
                "/api/v1/audit"));
        Map<String, String> passwords = new LinkedHashMap<>();
        Map<String, SiteCrawler.Answer> before;
        try {
            String userToken;
            try (ConfigurableApplicationContext site = source.start(PORT, CLOCK, true)) {
                userToken = newsroomDay(new Http(PORT), site, passwords, start);
                // The index is derived data that a restore builds afresh; an index grown by edits ranks
                // related articles from other term statistics (deleted documents count until merged).
                // Compare like with like: the source serves a fresh build too (it switches within a second).
                site.getBean(com.nashir.search.IndexBuilder.class).rebuild((done, total) -> {});
                Thread.sleep(3000);
                // Likewise the kept related lists, found on the grown index: a restore leaves them out (derived
                // data), so the restored site finds them afresh; the source, now on the new index, does the same.
                site.getBean(JdbcClient.class)
                        .sql("delete from article_related")
                        .update();
                before = new SiteCrawler(PORT, userToken).crawl(start, 1500);
                var written = site.getBean(SiteBackup.class).write(archive, (what, n) -> {});
                assertThat(written.manifest().media().files()).isPositive();
                System.out.printf(
                        java.util.Locale.ROOT,
                        "Backup (%s, serving): %d rows, %d media files, %d bytes, %d ms%n",
                        from,
                        written.manifest().tables().stream()
                                .mapToLong(Manifest.TableFile::rows)
                                .sum(),
                        written.manifest().media().files(),
                        written.archiveBytes(),
                        written.millis());
            }
            List<String> args = new ArrayList<>(List.of("restore", archive.toString()));
            args.addAll(target.settings());
            long restoreStarted = System.nanoTime();
            assertThat(Commands.execute(args.toArray(String[]::new))).isZero();
            System.out.printf(
                    java.util.Locale.ROOT,
                    "Restore (%s -> %s, the command with its start-up): %d ms%n",
                    from,
                    to,
                    (System.nanoTime() - restoreStarted) / 1_000_000);
            // A second restore into the now full database is refused.
            assertThat(Commands.execute(args.toArray(String[]::new))).isEqualTo(1);

            try (ConfigurableApplicationContext site = target.start(PORT, CLOCK, true)) {
                SiteCrawler crawler = new SiteCrawler(PORT, userToken);
                Map<String, SiteCrawler.Answer> after = crawler.crawl(start, 1500);
                assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
                List<String> differing = new ArrayList<>();
                before.forEach((path, a) -> {
                    SiteCrawler.Answer b = after.get(path);
                    if (a.status() != b.status()
                            || !a.type().equals(b.type())
                            || !java.util.Arrays.equals(a.body(), b.body())) {
                        differing.add(path + " " + a.status() + "/" + b.status() + " " + firstDifference(a, b));
                    }
                });
                assertThat(differing).as(before.size() + " addresses compared").isEmpty();
                assertThat(before.size()).isGreaterThan(100);
                assertThat(before.values().stream().filter(a -> a.type().startsWith("image/") && a.status() == 200))
                        .isNotEmpty();
                passwords.forEach((user, password) -> {
                    var r = new WebSession(PORT).login(user, password);
                    assertThat(r.headers().firstValue("Location").orElse(""))
                            .as("login of " + user)
                            .doesNotContain("error");
                    assertThat(r.statusCode()).isEqualTo(302);
                });
                // Ids go on after the restored ones.
                Http http = new Http(PORT);
                long maxId = site.getBean(JdbcClient.class)
                        .sql("select max(id) from article")
                        .query(Long.class)
                        .single();
                var created = http.api("POST", "/api/v1/articles", Http.json(article("restored-s", "بعد الاستعادة")));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                assertThat(created.json().get("id").asLong()).isGreaterThan(maxId);
            }
        } finally {
            source.drop();
            target.drop();
        }
    }

    /** Writes what a newsroom writes in a day; returns an API token of one of its accounts. */
    private static String newsroomDay(
            Http http, ConfigurableApplicationContext site, Map<String, String> passwords, List<String> start)
            throws Exception {
        Newsroom people = new Newsroom(http);
        String editorName = people.account("editor");
        passwords.put(editorName, people.password());
        passwords.put(people.account("writer"), people.password());
        assertThat(http.api(
                                "POST",
                                "/api/v1/sections",
                                Http.json(Map.of("slug", "restored-s", "name", "قسم الاستعادة")))
                        .status())
                .isEqualTo(201);
        JsonNode media = upload(http, png(900, 500));
        String picture = media.get("url") != null ? media.get("url").asString() : null;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> a = article("restored-s", "خبر للاستعادة رقم " + i);
            a.put("tags", List.of("نسخ احتياطي", "وسم " + i));
            if (picture != null && i == 0) {
                a.put("featuredImage", Map.of("url", picture, "alt", "صورة الميناء"));
            }
            var r = http.api("POST", "/api/v1/articles", Http.json(a));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            long id = r.json().get("id").asLong();
            ids.add(id);
            a.put("body", "<p>نص معدل بعد النشر، مع تصحيح.</p>");
            a.put("version", r.json().get("version").asInt());
            var put = http.api("PUT", "/api/v1/articles/" + id, Http.json(a));
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            start.add("/api/v1/articles/" + id + "/revisions");
            start.add("/api/v1/articles/" + id + "/comments");
        }
        var correction = http.api(
                "POST",
                "/api/v1/articles/" + ids.get(0) + "/corrections",
                Http.json(Map.of("text", "صُحّح اسم الوزير.")));
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        var breaking = http.api("POST", "/api/v1/breaking", Http.json(Map.of("text", "عاجل: اختبار الاستعادة")));
        assertThat(breaking.status()).as(breaking.body()).isEqualTo(201);
        JdbcClient jdbc = site.getBean(JdbcClient.class);
        jdbc.sql(
                        "insert into reader_comment (article_id, author_name, author_email, body, status, address, created_at) "
                                + "values (?, 'قارئ', 'reader@example.org', 'تعليق أول على الخبر', 'approved', '10.0.0.1', ?)")
                .params(ids.get(0), java.time.OffsetDateTime.now(CLOCK))
                .update();
        long parent =
                jdbc.sql("select max(id) from reader_comment").query(Long.class).single();
        jdbc.sql("insert into reader_comment (article_id, parent_id, author_name, body, status, created_at) "
                        + "values (?, ?, 'قارئة', 'رد على التعليق', 'approved', ?)")
                .params(ids.get(0), parent, java.time.OffsetDateTime.now(CLOCK))
                .update();
        return people.token(people.user("admin"));
    }

    /** A published article of the fixed clock's past, without tags (the round trip makes its own). */
    static Map<String, Object> article(String section, String headline) {
        Map<String, Object> a = com.nashir.testing.Fixtures.article(section, headline);
        a.put("publishedAt", "2026-11-30T10:30:00+03:00");
        a.remove("tags");
        return a;
    }

    private static byte[] png(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(20, 90, 160));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.ORANGE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static JsonNode upload(Http http, byte[] file) {
        var r = http.uploadAs(TestDatabase.ADMIN_TOKEN, "port.png", "image/png", file, "صورة الميناء");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** The first line that differs, before and after. */
    private static String firstDifference(SiteCrawler.Answer a, SiteCrawler.Answer b) {
        String[] x = new String(a.body(), StandardCharsets.UTF_8).split("\n");
        String[] y = new String(b.body(), StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "(end)";
            String r = i < y.length ? y[i] : "(end)";
            if (!l.equals(r)) {
                return "line " + (i + 1) + "\n  before: " + cut(l) + "\n  after:  " + cut(r);
            }
        }
        return a.type() + " / " + b.type();
    }

    private static String cut(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
