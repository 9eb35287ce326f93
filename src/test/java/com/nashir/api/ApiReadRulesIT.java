package com.nashir.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, finding 2: the API's article reads follow the newsroom's rule (ArticleRules):
 * contributors and writers read their own articles, in any state, and nobody else's; editors and
 * admins read all. On the old code any token read every article with its revisions and diffs.
 */
@IntegrationTest
class ApiReadRulesIT {
    @LocalServerPort
    int port;

    private long draft(Http http, String token, String section, String headline) {
        Map<String, Object> a = Fixtures.article(section, headline);
        a.put("status", "draft");
        a.remove("publishedAt");
        var r = http.apiAs(token, "POST", "/api/v1/articles", Http.json(a));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        a.put("headline", headline + " (مراجعة)");
        a.put("version", r.json().get("version").asInt());
        var second = http.apiAs(token, "PUT", "/api/v1/articles/" + id, Http.json(a));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        return id;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    @Test
    void contributorsAndWritersReadTheirOwnArticlesOnly() {
        Http http = new Http(port);
        Newsroom n = new Newsroom(http);
        String section = new Fixtures(http).section();
        long editorsDraft = draft(http, n.editor, section, "مسودة المحرر");
        long writersDraft = draft(http, n.writer, section, "مسودة الكاتب");
        long contributorsDraft = draft(http, n.contributor, section, "مسودة المساهم");
        var revs = http.apiAs(n.editor, "GET", "/api/v1/articles/" + editorsDraft + "/revisions", null)
                .json()
                .get("items");
        long newer = revs.get(0).get("id").asLong();
        long older = revs.get(1).get("id").asLong();

        for (String token : new String[] {n.writer, n.contributor}) {
            for (String path : new String[] {
                "/api/v1/articles/" + editorsDraft,
                "/api/v1/articles/" + editorsDraft + "/revisions",
                "/api/v1/articles/" + editorsDraft + "/revisions/" + newer,
                "/api/v1/articles/" + editorsDraft + "/diff?from=" + older + "&to=" + newer
            }) {
                var r = http.apiAs(token, "GET", path, null);
                assertThat(r.status()).as(path).isEqualTo(403);
                assertThat(r.body()).doesNotContain("مسودة المحرر");
            }
            var list = http.apiAs(token, "GET", "/api/v1/articles?perPage=100", null);
            assertThat(ids(list.json())).doesNotContain(editorsDraft);
            assertThat(list.body()).doesNotContain("مسودة المحرر");
        }
        assertThat(ids(http.apiAs(n.writer, "GET", "/api/v1/articles?perPage=100", null)
                        .json()))
                .contains(writersDraft)
                .doesNotContain(contributorsDraft);
        assertThat(http.apiAs(n.writer, "GET", "/api/v1/articles/" + contributorsDraft, null)
                        .status())
                .isEqualTo(403);
        assertThat(http.apiAs(n.contributor, "GET", "/api/v1/articles/" + contributorsDraft, null)
                        .status())
                .isEqualTo(200);
        assertThat(http.apiAs(n.contributor, "GET", "/api/v1/articles/" + contributorsDraft + "/revisions", null)
                        .status())
                .isEqualTo(200);
        assertThat(http.apiAs(n.editor, "GET", "/api/v1/articles/" + writersDraft, null)
                        .status())
                .isEqualTo(200);
        assertThat(ids(http.apiAs(n.editor, "GET", "/api/v1/articles?perPage=100&status=draft", null)
                        .json()))
                .contains(editorsDraft, writersDraft, contributorsDraft);
    }
}
