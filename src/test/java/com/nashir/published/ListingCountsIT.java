package com.nashir.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kept totals of the listings (what {@code X-WP-Total} and the listings' counts read) are
 * counted again from the articles by {@code reindex}: rows written outside Nashir (a bulk import,
 * the benchmark's generated archive) come with no counts, and the totals were 0 however many
 * articles a section held.
 */
@IntegrationTest
class ListingCountsIT {
    @LocalServerPort
    int port;

    @Autowired
    ListingCounts counts;

    @Autowired
    PublishedArticles published;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recountSetsEveryTotalFromTheArticles() {
        var fx = new Fixtures(new Http(port));
        String section = fx.section();
        fx.post(Fixtures.article(section, "افتتاح مهرجان المسرح في دورته العاشرة"));
        fx.post(Fixtures.article(section, "ختام مهرجان المسرح وتوزيع الجوائز"));
        Map<String, Object> draft = Fixtures.article(section, "مسودة عن المهرجان");
        draft.put("status", "draft");
        draft.remove("publishedAt");
        fx.post(draft);
        long id = jdbc.sql("select id from section where slug = ?")
                .param(section)
                .query(Long.class)
                .single();
        // As rows written outside Nashir leave it.
        jdbc.sql("update section set public_count = 0 where id = ?").param(id).update();
        assertThat(published.total(ArticleScope.section(id))).isZero();

        counts.recount();

        assertThat(published.total(ArticleScope.section(id)))
                .as("the two published articles, not the draft")
                .isEqualTo(2);
    }
}
