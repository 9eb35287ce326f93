package com.nashir.search;

import com.nashir.article.Article;
import com.nashir.article.ArticleRepository;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/** Articles as the index keeps them: read from the database, body HTML reduced to its text. */
@Component
class ArticleDocuments {
    private final ArticleRepository articles;

    ArticleDocuments(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The article as it is now in the database; empty when it was deleted. */
    Optional<SearchDocument> load(long id) {
        return articles.findById(id).map(ArticleDocuments::of);
    }

    /** The articles with ids above {@code afterId}, in id order, at most {@code limit} (a rebuild walks them all). */
    List<Article> articlesAfter(long afterId, int limit) {
        return articles.batchAfter(afterId, limit);
    }

    long count() {
        return articles.count(null);
    }

    static SearchDocument of(Article a) {
        var byline = a.byline();
        return new SearchDocument(
                a.id(),
                a.slug(),
                a.headline(),
                a.kicker(),
                a.summary(),
                Jsoup.parse(a.body()).text(),
                new SearchDocument.Named(a.section().slug(), a.section().name()),
                a.tags().stream()
                        .map(t -> new SearchDocument.Named(t.slug(), t.name()))
                        .toList(),
                byline.authors().stream()
                        .map(x -> new SearchDocument.Named(x.slug(), x.name()))
                        .toList(),
                byline.isDesk()
                        ? new SearchDocument.Named(
                                byline.desk().slug(), byline.desk().name())
                        : null,
                a.status().wire(),
                a.publishedAt(),
                a.modifiedAt(),
                a.ownerId());
    }
}
