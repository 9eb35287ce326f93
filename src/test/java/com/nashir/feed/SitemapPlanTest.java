package com.nashir.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nashir.feed.SitemapPlan.ArticleFile;
import com.nashir.published.ArchiveMonths.Month;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapPlanTest {
    private static Month month(String month, long count, String lastChange) {
        return new Month(YearMonth.parse(month), count, Instant.parse(lastChange));
    }

    @Test
    void oneFilePerMonthWithArticles_oldestFirst() {
        List<ArticleFile> files = SitemapPlan.articles(
                List.of(month("2024-07", 3, "2024-07-02T10:00:00Z"), month("2024-06", 6, "2024-06-30T23:00:00Z")),
                SitemapPlan.MAX_URLS);
        assertThat(files).extracting(ArticleFile::month).containsExactly(YearMonth.of(2024, 6), YearMonth.of(2024, 7));
        ArticleFile june = files.get(0);
        assertThat(june.count()).isEqualTo(6);
        assertThat(june.part()).isEqualTo(1);
        assertThat(june.offset()).isZero();
        assertThat(june.from()).isEqualTo(Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(june.to()).isEqualTo(Instant.parse("2024-07-01T00:00:00Z"));
        assertThat(june.lastChange()).isEqualTo(Instant.parse("2024-06-30T23:00:00Z"));
    }

    @Test
    void monthsWithoutArticlesHaveNoFile() {
        List<ArticleFile> files = SitemapPlan.articles(
                List.of(
                        month("2024-01", 1, "2024-01-05T00:00:00Z"),
                        month("2024-03", 0, "2024-03-05T00:00:00Z"),
                        month("2024-04", 1, "2024-04-05T00:00:00Z")),
                10);
        assertThat(files).extracting(ArticleFile::month).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 4));
    }

    @Test
    void aMonthPastTheLimitIsSplitIntoParts_noneOverTheLimit() {
        List<ArticleFile> files =
                SitemapPlan.articles(List.of(month("2024-06", 70_001, "2024-06-02T12:00:00Z")), SitemapPlan.MAX_URLS);
        assertThat(files).extracting(ArticleFile::part).containsExactly(1, 2);
        assertThat(files).extracting(ArticleFile::count).containsExactly(50_000, 20_001);
        assertThat(files).extracting(ArticleFile::offset).containsExactly(0L, 50_000L);
        assertThat(files).allMatch(f -> f.count() <= SitemapPlan.MAX_URLS);
    }

    @Test
    void aBusyMonthOfAMillionArticleArchiveIsCutIntoFilesOfAThousand() {
        List<ArticleFile> files = SitemapPlan.articles(
                List.of(month("2024-06", 7_200, "2024-06-02T12:00:00Z")), SitemapPlan.ARTICLES_PER_FILE);
        assertThat(files).hasSize(8);
        assertThat(files).allMatch(f -> f.count() <= 1_000);
        assertThat(files.get(7).count()).isEqualTo(200);
    }

    @Test
    void exactlyTheLimitFitsInOneFile() {
        assertThat(SitemapPlan.articles(List.of(month("2024-06", 50_000, "2024-06-01T12:00:00Z")), 50_000))
                .hasSize(1);
        assertThat(SitemapPlan.parts(50_000, 50_000)).isEqualTo(1);
        assertThat(SitemapPlan.parts(50_001, 50_000)).isEqualTo(2);
        assertThat(SitemapPlan.parts(0, 50_000)).isZero();
    }

    @Test
    void smallLimitsSplitTheSameWay() {
        List<ArticleFile> files = SitemapPlan.articles(List.of(month("2024-06", 7, "2024-06-01T12:00:00Z")), 3);
        assertThat(files).extracting(ArticleFile::count).containsExactly(3, 3, 1);
        assertThat(files).extracting(ArticleFile::offset).containsExactly(0L, 3L, 6L);
        assertThatThrownBy(() -> SitemapPlan.articles(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noArticlesNoFiles() {
        assertThat(SitemapPlan.articles(List.of(), SitemapPlan.MAX_URLS)).isEmpty();
    }
}
