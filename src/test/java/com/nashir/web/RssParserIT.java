package com.nashir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The feeds read by a feed library from npm (rss-parser, in src/test/node): titles with Arabic,
 * "&" and "<" come back intact, with dates, creator, categories and the enclosure. Needs Node and
 * {@code npm ci} in src/test/node (.ci/run does it); skipped without them, except under CI=true.
 */
@IntegrationTest
class RssParserIT {
    static final File TOOLS = new File("src/test/node");

    @LocalServerPort
    int port;

    @Test
    void rssParserReadsTheRssAndAtomFeeds() throws Exception {
        requireTools();
        Http http = new Http(port);
        Fixtures fx = new Fixtures(http);
        String section = fx.section();
        var a = Fixtures.article(section, "عنوان بالعربية & رموز <خاصة>");
        a.put(
                "featuredImage",
                Map.of("url", "/demo/city.svg", "alt", "مدينة", "caption", "", "credit", "", "archive", false));
        String url = fx.post(a).get("url").asString();

        JsonNode feeds =
                run(http.base() + "/section/" + section + "/feed", http.base() + "/section/" + section + "/feed/atom");
        JsonNode rss = feeds.get(0);
        assertThat(rss.get("language").asString()).isEqualTo("ar");
        assertThat(rss.get("title").asString()).isEqualTo("قسم " + section + " — ناشر");
        JsonNode item = rss.get("items").get(0);
        assertThat(rss.get("items")).hasSize(1);
        assertThat(item.get("title").asString()).isEqualTo("عنوان بالعربية & رموز <خاصة>");
        assertThat(item.get("link").asString()).isEqualTo(url);
        assertThat(item.get("isoDate").asString()).isEqualTo("2024-06-17T07:30:00.000Z");
        assertThat(item.get("creator").asString()).isEqualTo("فريق التحرير");
        assertThat(item.get("categories").get(0).asString()).isEqualTo("قسم " + section);
        assertThat(item.get("enclosure").get("url").asString()).isEqualTo(http.base() + "/demo/city.svg");
        assertThat(item.get("enclosure").get("type").asString()).isEqualTo("image/svg+xml");
        assertThat(item.get("content").asString()).contains("نص تجريبي للمقال");

        JsonNode atomItem = feeds.get(1).get("items").get(0);
        assertThat(atomItem.get("title").asString()).isEqualTo("عنوان بالعربية & رموز <خاصة>");
        assertThat(atomItem.get("link").asString()).isEqualTo(url);
        assertThat(atomItem.get("isoDate").asString()).isEqualTo("2024-06-17T07:30:00.000Z");
    }

    private static JsonNode run(String... urls) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "rss-check.mjs"));
        command.addAll(List.of(urls));
        Process p = new ProcessBuilder(command)
                .directory(TOOLS)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return Http.parse(out);
    }

    private static void requireTools() {
        boolean present = new File(TOOLS, "node_modules/rss-parser").isDirectory() && onPath("node");
        String message = "needs node and `npm ci` in " + TOOLS;
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(present, message);
        } else if (!present) {
            Assertions.fail(message);
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
