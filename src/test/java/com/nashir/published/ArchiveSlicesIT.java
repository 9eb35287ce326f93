package com.nashir.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A month's slices (the monthly sitemap's parts, the archive's pages) start where the month's
 * {@code offset}-th public article is, newest first, found in the publication index: the same
 * articles in the same order as counting off the rows, ties on the publication time broken by id,
 * drafts skipped, nothing past the month's end.
 */
@IntegrationTest
class ArchiveSlicesIT {
    static final Instant FROM = Instant.parse("2003-04-01T00:00:00Z");
    static final Instant TO = Instant.parse("2003-05-01T00:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    PublishedArchive archive;

    @Test
    void everySliceOfAMonthIsTheNextRunOfItsArticlesNewestFirst() {
        var fx = new Fixtures(new Http(port));
        String section = fx.section();
        // Five public articles (two at the same second), a draft between them, and neighbours in the months around.
        record Posted(Instant at, long id) {}
        List<Posted> posted = new ArrayList<>();
        for (String t : List.of(
                "2003-04-20T12:00:00Z",
                "2003-04-01T00:00:00Z",
                "2003-04-28T09:00:00Z",
                "2003-04-20T12:00:00Z",
                "2003-04-11T08:00:00Z")) {
            posted.add(new Posted(Instant.parse(t), post(fx, section, "published", t)));
        }
        post(fx, section, "draft", "2003-04-15T10:00:00Z");
        post(fx, section, "published", "2003-05-01T00:00:00Z");
        post(fx, section, "published", "2003-03-31T23:59:59Z");
        // Newest first; at the same time the higher id first, as the publication index orders them.
        List<Long> newestFirst = posted.stream()
                .sorted(Comparator.comparing(Posted::at)
                        .thenComparingLong(Posted::id)
                        .reversed())
                .map(Posted::id)
                .toList();

        for (int size = 1; size <= 3; size++) {
            List<Long> links = new ArrayList<>();
            List<Long> cards = new ArrayList<>();
            for (int offset = 0; offset < 7; offset += size) {
                archive.between(FROM, TO, offset, size).forEach(l -> links.add(l.id()));
                archive.cardsBetween(FROM, TO, offset, size).forEach(c -> cards.add(c.id()));
            }
            assertThat(links).as("sitemap slices of %d", size).containsExactlyElementsOf(newestFirst);
            assertThat(cards).as("archive pages of %d", size).containsExactlyElementsOf(newestFirst);
        }
        assertThat(archive.between(FROM, TO, 5, 10))
                .as("past the month's last article")
                .isEmpty();
    }

    private static long post(Fixtures fx, String section, String status, String publishedAt) {
        Map<String, Object> a = Fixtures.article(section, "خبر من أرشيف نيسان " + publishedAt);
        a.put("status", status);
        a.put("publishedAt", publishedAt);
        return fx.post(a).get("id").asLong();
    }
}
