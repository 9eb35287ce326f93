package com.nashir.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, finding 7: a contributor's draft cannot create public tag and desk pages. A new tag or
 * desk named in an article needs the role that manages taxonomy, and a tag page exists only while
 * the tag has a published article.
 */
@IntegrationTest
class TaxonomyPublicityIT {
    @LocalServerPort
    int port;

    @Autowired
    TagRepository tags;

    @Test
    void aDraftCannotCreateTaxonomyWithoutTheRole() {
        Http http = new Http(port);
        Newsroom n = new Newsroom(http);
        String section = new Fixtures(http).section();
        String mark = UUID.randomUUID().toString().substring(0, 8);
        for (String token : new String[] {n.contributor, n.writer}) {
            Map<String, Object> a = Fixtures.article(section, "مسودة " + mark);
            a.put("status", "draft");
            a.remove("publishedAt");
            a.put("tags", List.of("وسم دعائي " + mark));
            var r = http.apiAs(token, "POST", "/api/v1/articles", Http.json(a));
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).contains("\"field\":\"tags\"");
            a.put("tags", List.of());
            a.put("byline", Map.of("desk", "مكتب دعائي " + mark));
            r = http.apiAs(token, "POST", "/api/v1/articles", Http.json(a));
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).contains("byline.desk");
        }
        assertThat(tags.find("وسم دعائي " + mark)).isEmpty();
    }

    @Test
    void aTagPageExistsOnlyWhileItHasAPublishedArticle() {
        Http http = new Http(port);
        Newsroom n = new Newsroom(http);
        String section = new Fixtures(http).section();
        String name = "وسم مؤقت " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> a = Fixtures.article(section, "خبر بوسم مؤقت");
        a.put("status", "draft");
        a.remove("publishedAt");
        a.put("tags", List.of(name));
        var draft = http.apiAs(n.editor, "POST", "/api/v1/articles", Http.json(a));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String page =
                com.nashir.address.Permalinks.tag(tags.find(name).orElseThrow().slug());
        assertThat(http.get(page).status()).as("draft only").isEqualTo(404);

        long id = draft.json().get("id").asLong();
        var published = http.apiAs(
                n.editor,
                "PATCH",
                "/api/v1/articles/" + id,
                Http.json(Map.of(
                        "status",
                        "published",
                        "publishedAt",
                        java.time.Instant.now().minusSeconds(5).toString())));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(http.get(page).status()).as("published").isEqualTo(200);

        assertThat(http.apiAs(n.editor, "DELETE", "/api/v1/articles/" + id, null)
                        .status())
                .isEqualTo(204);
        assertThat(http.get(page).status()).as("trashed").isEqualTo(404);
    }
}
