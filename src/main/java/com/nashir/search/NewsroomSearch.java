package com.nashir.search;

import com.nashir.article.ArticleCard;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleStatus;
import com.nashir.article.NewsroomFilter;
import com.nashir.system.PageOf;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The newsroom's article list searched by words, over every state (the trash only when asked
 * for), with the same analysis and ranking as the public search. The caller narrows it to one
 * owner for roles that see only their own articles, exactly as for the plain list.
 */
@Service
public class NewsroomSearch {
    private final SearchIndex index;
    private final ArticleRepository articles;
    private final SiteSearch site;
    private final Clock clock;

    NewsroomSearch(SearchIndex index, ArticleRepository articles, SiteSearch site, Clock clock) {
        this.index = index;
        this.articles = articles;
        this.site = site;
        this.clock = clock;
    }

    /** False while this node's index is being built: use the database's list instead. */
    public boolean available() {
        return index.ready();
    }

    public PageOf<ArticleCard> find(NewsroomFilter f, int page, int size) {
        List<String> statuses = f.status() != null
                ? List.of(f.status().wire())
                : Arrays.stream(ArticleStatus.values())
                        .filter(s -> s != ArticleStatus.TRASHED)
                        .map(ArticleStatus::wire)
                        .toList();
        var filter = SearchFilters.newsroom(statuses, f.sectionSlug(), f.ownerId(), f.authorSlug(), f.from(), f.to());
        String text = QueryText.clean(f.text());
        int p = Math.max(1, Math.min(page, SearchRequest.MAX_PAGE));
        Instant now = clock.instant();
        record Ids(List<Long> ids, long total) {}
        // Ids are read with the searcher that found them: document numbers change with refreshes.
        Ids found = index.with(
                engine -> engine.withSearcher(s -> {
                    // The newsroom shows its exact count ("N مقالاً"); few people search it, so counting every match is
                    // fine.
                    IndexQueries.Found f2 = IndexQueries.run(
                            s,
                            engine,
                            text,
                            filter,
                            f.order() == null ? null : SearchFields.newsroomOrder(f.order()),
                            p,
                            size,
                            now,
                            site.halfLife(),
                            Integer.MAX_VALUE);
                    var stored = s.storedFields();
                    List<Long> ids = new java.util.ArrayList<>();
                    for (var d : f2.page()) {
                        ids.add(Long.parseLong(stored.document(d.doc).get(SearchFields.ID)));
                    }
                    return new Ids(ids, f2.total().value);
                }),
                new Ids(List.of(), 0));
        return new PageOf<>(articles.cardsByIds(found.ids()), p, size, found.total());
    }
}
