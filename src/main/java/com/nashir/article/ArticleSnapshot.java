package com.nashir.article;

import com.nashir.author.Author;
import com.nashir.tag.Tag;
import java.time.Instant;
import java.util.List;

/** What a revision keeps of an article: everything an editor can change, as it was saved. */
public record ArticleSnapshot(
        String headline,
        String kicker,
        String summary,
        String slug,
        String section,
        String desk,
        List<String> authors,
        String status,
        Instant publishedAt,
        Instant updatedAt,
        FeaturedImage image,
        String body,
        List<String> tags,
        String comments,
        ArticleSeo seo) {

    static ArticleSnapshot of(Article a) {
        return new ArticleSnapshot(
                a.headline(),
                a.kicker(),
                a.summary(),
                a.slug(),
                a.section().slug(),
                a.byline().isDesk() ? a.byline().desk().name() : null,
                a.byline().authors().stream().map(Author::slug).toList(),
                a.status().wire(),
                a.publishedAt(),
                a.updatedAt(),
                a.image(),
                a.body(),
                a.tags().stream().map(Tag::name).toList(),
                a.comments().wire(),
                a.seo());
    }

    /** The snapshot as input for a save that brings it back (status and times stay as they are now). */
    ArticleInput toInput(int version) {
        return toInput(version, null, false);
    }

    /** The same, moved to another status; {@code minor} keeps "آخر تحديث" where it is. */
    ArticleInput toInput(int version, String newStatus, boolean minor) {
        var img = image == null
                ? null
                : new ArticleInput.ImageInput(
                        image.url(), image.caption(), image.credit(), image.alt(), image.archive());
        return new ArticleInput(
                headline,
                kicker,
                summary,
                slug,
                section,
                desk,
                desk == null ? authors : null,
                newStatus,
                null,
                null,
                img,
                body,
                tags,
                comments,
                minor,
                version,
                seo);
    }
}
