package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.nashir.published.PublishedArticles;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What readers are told about the count: exact once the node's index is built, "at least" while it is being built. */
class SiteSearchTest {
    private SearchEngine engine;
    private final SearchIndex index = mock(SearchIndex.class);
    private final PublishedArticles published = mock(PublishedArticles.class);
    private SiteSearch search;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void open() throws IOException {
        engine = new SearchEngine(new ByteBuffersDirectory(), DemoCorpus.ZONE);
        engine.put(new SearchDocument(
                1,
                "a1",
                "مفاوضات جديدة",
                "",
                "",
                "نص عن المفاوضات",
                null,
                List.of(),
                List.of(),
                null,
                "published",
                DemoCorpus.NOW.minusSeconds(3600),
                DemoCorpus.NOW.minusSeconds(3600),
                null));
        engine.refresh();
        when(index.with(any(), any()))
                .thenAnswer(call -> ((Function<SearchEngine, Object>) call.getArgument(0)).apply(engine));
        when(published.publicIds(anyCollection())).thenReturn(Set.of(1L));
        search = new SiteSearch(
                index,
                published,
                Clock.fixed(DemoCorpus.NOW, ZoneOffset.UTC),
                new SpareProcessor(new ProcessorLoad(0.75, () -> 0, System::nanoTime), 2),
                Duration.ofDays(30),
                FacetCounter.BOUND);
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
    }

    @Test
    void theCountIsExactOnceTheIndexIsBuiltAndAtLeastWhileItIsBeingBuilt() {
        SearchRequest request = SearchRequest.of("مفاوضات", null, null, null, null, null, null, null, null, 10);
        when(index.ready()).thenReturn(true);
        SearchResults built = search.search(request);
        assertThat(built.page().total()).isEqualTo(1);
        assertThat(built.totalExact()).isTrue();
        assertThat(built.building()).isFalse();
        when(index.ready()).thenReturn(false);
        SearchResults building = search.search(request);
        assertThat(building.page().total()).isEqualTo(1);
        assertThat(building.totalExact()).isFalse();
        assertThat(building.building())
                .as("the page's notice: the index is being built")
                .isTrue();
    }
}
