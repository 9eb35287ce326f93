package com.nashir.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.RawHttp;
import com.nashir.testing.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12: random bytes, encodings and JSON shapes (generated with jqwik) against the article
 * API, search, comments and the WordPress API: never a 5xx, and a refused write leaves nothing
 * behind (no article, revision, tag, desk or comment). The WXR reader has its own
 * ({@code WxrReaderFuzzTest}). Kept to a few hundred requests so it runs in well under a minute.
 */
@IntegrationTest
class PublicSurfaceFuzzIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    /** Text with the characters that broke things before: controls, lone surrogates, bidi, markup, percent signs. */
    static Arbitrary<String> nastyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(40),
                Arbitraries.strings()
                        .withChars(
                                '\u0000', '\u000B', '\u0001', '\u202E', '\u2066', '\uD800', '\uDC00', '\uFFFE', '%',
                                '<', '&', '"', '\\', 'ع', 'ب', ' ', '\n')
                        .ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0600', '\u06ff').ofMaxLength(30),
                Arbitraries.of(
                        "",
                        " ",
                        "null",
                        "-1",
                        "99999999999999999999",
                        "1e400",
                        "<script>x</script>",
                        "../../etc/passwd",
                        "2024-13-45T99:99:99Z",
                        "published",
                        "draft",
                        "scheduled",
                        "trashed"));
    }

    static Arbitrary<Object> jsonValue(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                        nastyText().map(s -> (Object) s),
                        Arbitraries.integers().map(i -> (Object) i),
                        Arbitraries.of(true, false).map(b -> (Object) b),
                        Arbitraries.doubles().map(d -> (Object) d))
                .injectNull(0.1);
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.oneOf(
                scalar,
                jsonValue(depth - 1).list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(fieldName(), jsonValue(depth - 1)).ofMaxSize(4).map(m -> (Object) m));
    }

    static Arbitrary<String> fieldName() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "headline",
                        "section",
                        "body",
                        "status",
                        "tags",
                        "byline",
                        "publishedAt",
                        "updatedAt",
                        "summary",
                        "kicker",
                        "slug",
                        "featuredImage",
                        "comments",
                        "version",
                        "minor"),
                nastyText());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<Long> writes() {
        return List.of(
                count("article"), count("article_revision"), count("tag"), count("desk"), count("reader_comment"));
    }

    @Test
    void theArticleApiNeverAnswers5xxAndARefusedWriteLeavesNothing() throws Exception {
        String section = new Fixtures(http).section();
        Arbitrary<String> bodies = Arbitraries.oneOf(
                Arbitraries.maps(fieldName(), jsonValue(2)).ofMaxSize(8).map(Http::json),
                Arbitraries.maps(fieldName(), jsonValue(1)).ofMaxSize(6).map(m -> {
                    Map<String, Object> a = Fixtures.article(section, "خبر مولّد");
                    a.putAll(m);
                    return Http.json(a);
                }),
                Arbitraries.strings().ofMaxLength(200),
                nastyText().map(t -> "{\"headline\":\"" + t + "\""));
        for (String body : bodies.sampleStream().limit(150).toList()) {
            List<Long> before = writes();
            RawHttp.Answer a = RawHttp.send(
                    port,
                    "POST",
                    "/api/v1/articles",
                    "Authorization: Bearer " + TestDatabase.ADMIN_TOKEN + "\r\nContent-Type: application/json\r\n",
                    body.getBytes(StandardCharsets.UTF_8));
            assertThat(a.status()).as(body).isLessThan(500);
            if (a.status() != 201) {
                assertThat(writes())
                        .as("nothing written for %s (%d)", body, a.status())
                        .isEqualTo(before);
            }
        }
    }

    @Test
    void searchesAndTheWordPressApiNeverAnswer5xx() throws Exception {
        Arbitrary<String> queries = Arbitraries.oneOf(
                nastyText().map(t -> URLEncoder.encode(t, StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(30).map(PublicSurfaceFuzzIT::percent),
                Arbitraries.strings()
                        .withChars('%', 'Z', '0', 'E', 'A', 'f', '+', '&', '=')
                        .ofMaxLength(12));
        Arbitrary<String> targets = Arbitraries.of(
                "/api/v1/search?q=",
                "/search?q=",
                "/wp-json/wp/v2/posts?search=",
                "/wp-json/wp/v2/posts?per_page=",
                "/wp-json/wp/v2/posts?page=",
                "/wp-json/wp/v2/tags?search=",
                "/wp-json/wp/v2/categories?slug=",
                "/wp-json/wp/v2/users?orderby=",
                "/wp-json/?x=",
                "/api/v1/search/suggest?q=",
                "/wp-json/wp/v2/posts?categories[]=",
                "/wp-json/wp/v2/posts?after=");
        for (int i = 0; i < 160; i++) {
            String target = targets.sample() + queries.sample();
            RawHttp.Answer a = RawHttp.get(port, target);
            assertThat(a.status()).as(target).isLessThan(500);
        }
    }

    @Test
    void commentFormsNeverAnswer5xxAndRefusalsLeaveNothing() throws Exception {
        Map<String, Object> article = Fixtures.article(new Fixtures(http).section(), "خبر للتعليقات المولّدة");
        article.put("publishedAt", java.time.Instant.now().minusSeconds(60).toString());
        long id = new Fixtures(http).post(article).get("id").asLong();
        Arbitrary<String> forms = Arbitraries.maps(
                        Arbitraries.oneOf(
                                Arbitraries.of("name", "email", "text", "parentId", "website", "token"), nastyText()),
                        nastyText())
                .ofMaxSize(7)
                .map(PublicSurfaceFuzzIT::form);
        for (String form : forms.sampleStream().limit(60).toList()) {
            List<Long> before = writes();
            RawHttp.Answer a = RawHttp.send(
                    port,
                    "POST",
                    "/news/" + id + "/comments",
                    "Content-Type: application/x-www-form-urlencoded\r\n" + "Origin: http://localhost:" + port
                            + "\r\nAccept: application/json\r\n",
                    form.getBytes(StandardCharsets.UTF_8));
            assertThat(a.status()).as(form).isLessThan(500);
            if (a.status() >= 400) {
                assertThat(writes()).as(form).isEqualTo(before);
            }
        }
    }

    private static String percent(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append('%').append(String.format("%02X", x & 0xff));
        }
        return b.toString();
    }

    private static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        new LinkedHashMap<>(fields)
                .forEach((k, v) -> b.append(b.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }
}
