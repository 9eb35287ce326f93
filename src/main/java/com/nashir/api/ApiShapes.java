package com.nashir.api;

import com.nashir.address.Permalinks;
import com.nashir.address.SiteAddress;
import com.nashir.article.Article;
import com.nashir.article.ArticleCard;
import com.nashir.article.ArticleInput;
import com.nashir.article.ArticleSeo;
import com.nashir.article.Byline;
import com.nashir.article.FeaturedImage;
import com.nashir.author.Author;
import com.nashir.author.Desk;
import com.nashir.breaking.BreakingItem;
import com.nashir.section.Section;
import com.nashir.site.SiteSettingsStore;
import com.nashir.tag.Tag;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns feature records into the API's JSON shapes, and API input into feature input. */
@Component
class ApiShapes {
    private final SiteSettingsStore settings;
    private final SiteAddress address;

    ApiShapes(SiteSettingsStore settings, SiteAddress address) {
        this.settings = settings;
        this.address = address;
    }

    ArticleJson article(Article a) {
        return new ArticleJson(
                a.id(),
                url(Permalinks.article(a.id(), a.slug())),
                url(Permalinks.shortArticle(a.id())),
                a.headline(),
                a.kicker(),
                a.summary(),
                a.slug(),
                a.section().slug(),
                byline(a.byline()),
                a.status().wire(),
                time(a.publishedAt()),
                time(a.updatedAt()),
                image(a.image()),
                a.body(),
                a.tags().stream().map(Tag::name).toList(),
                a.comments().wire(),
                a.version(),
                time(a.createdAt()),
                time(a.modifiedAt()),
                null,
                new ArticleJson.SeoJson(a.seo().title(), a.seo().description()),
                a.live() == null ? null : a.live().wire());
    }

    /** Listing entry: no body. */
    ArticleJson card(ArticleCard c) {
        return new ArticleJson(
                c.id(),
                url(Permalinks.article(c.id(), c.slug())),
                url(Permalinks.shortArticle(c.id())),
                c.headline(),
                c.kicker(),
                c.summary(),
                c.slug(),
                c.section().slug(),
                byline(c.byline()),
                c.status().wire(),
                time(c.publishedAt()),
                time(c.updatedAt()),
                image(c.image()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                c.live() == null ? null : c.live().wire());
    }

    static ArticleInput input(ArticleJson j) {
        var img = j.featuredImage() == null
                ? null
                : new ArticleInput.ImageInput(
                        j.featuredImage().url(),
                        j.featuredImage().caption(),
                        j.featuredImage().credit(),
                        j.featuredImage().alt(),
                        j.featuredImage().archive());
        return new ArticleInput(
                j.headline(),
                j.kicker(),
                j.summary(),
                j.slug(),
                j.section(),
                j.byline() == null ? null : j.byline().desk(),
                j.byline() == null ? null : j.byline().authors(),
                j.status(),
                j.publishedAt(),
                j.updatedAt(),
                img,
                j.body(),
                j.tags(),
                j.comments(),
                Boolean.TRUE.equals(j.minor()),
                j.version(),
                j.seo() == null ? null : new ArticleSeo(j.seo().title(), j.seo().description()));
    }

    Map<String, Object> section(Section s) {
        return ordered(
                "id",
                s.id(),
                "slug",
                s.slug(),
                "name",
                s.name(),
                "description",
                s.description(),
                "position",
                s.position(),
                "inMenu",
                s.inMenu(),
                "opinion",
                s.opinion(),
                "url",
                url(Permalinks.section(s.slug())));
    }

    Map<String, Object> tag(Tag t) {
        return ordered(
                "id",
                t.id(),
                "slug",
                t.slug(),
                "name",
                t.name(),
                "description",
                t.description(),
                "url",
                url(Permalinks.tag(t.slug())));
    }

    /** {@code user} is the username of the account that signs as this author, or null (a guest writer). */
    Map<String, Object> author(Author a, String user) {
        return ordered(
                "id",
                a.id(),
                "slug",
                a.slug(),
                "name",
                a.name(),
                "bio",
                a.bio(),
                "photoUrl",
                a.photoUrl(),
                "user",
                user,
                "url",
                url(Permalinks.author(a.slug())));
    }

    Map<String, Object> desk(Desk d) {
        return ordered(
                "id",
                d.id(),
                "slug",
                d.slug(),
                "name",
                d.name(),
                "description",
                d.description(),
                "url",
                url(Permalinks.desk(d.slug())));
    }

    Map<String, Object> breaking(BreakingItem b) {
        return ordered(
                "id",
                b.id(),
                "text",
                b.text(),
                "url",
                b.url(),
                "createdAt",
                time(b.createdAt()),
                "expiresAt",
                time(b.expiresAt()));
    }

    private static ArticleJson.BylineJson byline(Byline b) {
        return b.isDesk()
                ? new ArticleJson.BylineJson(b.desk().name(), null)
                : new ArticleJson.BylineJson(
                        null, b.authors().stream().map(Author::slug).toList());
    }

    private static ArticleJson.ImageJson image(FeaturedImage i) {
        return i == null ? null : new ArticleJson.ImageJson(i.url(), i.caption(), i.credit(), i.alt(), i.archive());
    }

    /** One update of a live coverage; {@code url} its place on the article's page. */
    Map<String, Object> liveUpdate(com.nashir.coverage.LiveUpdate u, Article a) {
        return ordered(
                "id",
                u.id(),
                "articleId",
                u.articleId(),
                "url",
                url(Permalinks.liveUpdate(a.id(), a.slug(), u.id())),
                "postedAt",
                time(u.postedAt()),
                "modifiedAt",
                time(u.modifiedAt()),
                "body",
                u.body(),
                "pinned",
                u.pinned(),
                "author",
                u.authorName());
    }

    /** ISO-8601 in the site's zone, e.g. 2024-06-17T10:30:00+03:00. */
    String time(Instant t) {
        return t == null
                ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        t.atZone(settings.current().zone()).toOffsetDateTime());
    }

    /** Absolute public URL: configured base, or the host this request came in on ({@link SiteAddress}). */
    String url(String path) {
        return Permalinks.absolute(address.base(), path);
    }

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static <T> Map<String, Object> page(List<T> items, int page, int perPage, long total) {
        return ordered(
                "items",
                items,
                "page",
                page,
                "perPage",
                perPage,
                "total",
                total,
                "totalPages",
                total == 0 ? 1 : (total + perPage - 1) / perPage);
    }
}
