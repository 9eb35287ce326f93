package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.nashir.published.ArticleScope;
import com.nashir.published.PublicArticle;
import com.nashir.published.PublicCard;
import com.nashir.published.PublishedArticles;
import com.nashir.section.Section;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An article page whose article has no kept list searches the index itself only within the pages'
 * share of a core ({@link SearchTimeShare}); past it (a crawl of an archive whose lists are not
 * kept yet), or while the machine's processors are busy, the page shows its section's newest
 * without touching the index, and leaves the list to the background.
 */
class RelatedOnTheSpotTest {
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    final SearchIndex index = mock(SearchIndex.class);
    final PublishedArticles published = mock(PublishedArticles.class);
    final RelatedLists lists = mock(RelatedLists.class);
    final RelatedQueue wanted = new RelatedQueue();
    final PublicArticle article = mock(PublicArticle.class);
    final PublicCard newest = card(11);
    final PublicCard itself = card(7);

    @BeforeEach
    void anArticleWithoutAKeptList() {
        Section section = mock(Section.class);
        when(section.id()).thenReturn(3L);
        when(article.id()).thenReturn(7L);
        when(article.section()).thenReturn(section);
        when(article.publishedAt()).thenReturn(NOW.minus(Duration.ofDays(400)));
        when(lists.of(7L)).thenReturn(Optional.empty());
        when(published.newestIds(ArticleScope.section(3L), 5)).thenReturn(List.of(7L, 11L));
        when(published.cards(List.of(7L, 11L))).thenReturn(List.of(itself, newest));
    }

    @Test
    void pastThePagesShareTheSectionsNewestStandIn_withoutSearching() {
        var related = related(new SearchTimeShare(0, System::nanoTime));

        assertThat(related.to(article, 4)).containsExactly(newest);

        verify(index, never()).ready();
        verify(index, never()).with(any(), any());
        assertThat(wanted.take(10)).as("the list is left to the background").containsExactly(7L);
    }

    @Test
    void withinTheShareThePageSearches() {
        when(index.ready()).thenReturn(true);
        when(index.with(any(), any())).thenReturn(List.of(11L));
        when(published.cards(List.of(11L))).thenReturn(List.of(newest));
        var related = related(new SearchTimeShare(0.25, System::nanoTime));

        assertThat(related.to(article, 4)).containsExactly(newest);

        verify(index).with(any(), any());
        verify(published, never()).newestIds(any(), anyInt());
        assertThat(wanted.take(10)).containsExactly(7L);
    }

    @Test
    void whileTheProcessorsAreBusyTheSectionsNewestStandIn_withoutSearching() {
        var related = related(
                new SearchTimeShare(0.25, System::nanoTime), new ProcessorLoad(0.75, () -> 0.9, System::nanoTime));

        assertThat(related.to(article, 4)).containsExactly(newest);

        verify(index, never()).with(any(), any());
        assertThat(wanted.take(10)).as("the list is left to the background").containsExactly(7L);
    }

    private RelatedArticles related(SearchTimeShare share) {
        return related(share, new ProcessorLoad(0.75, () -> 0.2, System::nanoTime));
    }

    private RelatedArticles related(SearchTimeShare share, ProcessorLoad load) {
        return new RelatedArticles(
                index,
                published,
                lists,
                wanted,
                share,
                load,
                Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofDays(30),
                Duration.ofMillis(15));
    }

    private static PublicCard card(long id) {
        PublicCard c = mock(PublicCard.class);
        when(c.id()).thenReturn(id);
        return c;
    }
}
