package com.nashir.admin;

import com.nashir.arabic.ArabicPunctuation;
import com.nashir.article.Article;
import com.nashir.article.ArticleInput;
import com.nashir.article.ArticleSeo;
import com.nashir.author.Author;
import com.nashir.system.Messages;
import com.nashir.tag.Tag;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The article editor's fields as the browser posts them. Dates are the site's local time
 * (datetime-local inputs); tags and authors are comma-separated (Arabic "،" too).
 */
public record ArticleForm(
        String headline,
        String kicker,
        String summary,
        String slug,
        String section,
        String bylineType,
        String desk,
        String authors,
        String tags,
        String imageUrl,
        String imageAlt,
        String imageCaption,
        String imageCredit,
        Boolean imageArchive,
        String body,
        String comments,
        String status,
        String publishedAt,
        Boolean minor,
        Integer version,
        String seoTitle,
        String seoDescription) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public static ArticleForm empty() {
        return new ArticleForm(
                "",
                "",
                "",
                "",
                "",
                "desk",
                Messages.text("admin.article.default-desk"),
                "",
                "",
                "",
                "",
                "",
                "",
                false,
                "",
                "open",
                "draft",
                "",
                false,
                null,
                "",
                "");
    }

    public static ArticleForm of(Article a, ZoneId zone) {
        var img = a.image();
        return new ArticleForm(
                a.headline(),
                a.kicker(),
                a.summary(),
                a.slug(),
                a.section().slug(),
                a.byline().isDesk() ? "desk" : "authors",
                a.byline().isDesk() ? a.byline().desk().name() : "",
                String.join(
                        ArabicPunctuation.LIST_SEPARATOR,
                        a.byline().authors().stream().map(Author::slug).toList()),
                String.join(
                        ArabicPunctuation.LIST_SEPARATOR,
                        a.tags().stream().map(Tag::name).toList()),
                img == null ? "" : img.url(),
                img == null ? "" : img.alt(),
                img == null ? "" : img.caption(),
                img == null ? "" : img.credit(),
                img != null && img.archive(),
                a.body(),
                a.comments().wire(),
                a.status().wire(),
                a.publishedAt() == null ? "" : LOCAL.format(a.publishedAt().atZone(zone)),
                false,
                a.version(),
                a.seo().title(),
                a.seo().description());
    }

    /** As service input. A date the browser sent that cannot be read is passed on as given, to be reported. */
    public ArticleInput toInput(ZoneId zone) {
        boolean isDesk = !"authors".equals(bylineType);
        var image = blank(imageUrl) && blank(imageAlt) && blank(imageCaption)
                ? null
                : new ArticleInput.ImageInput(
                        imageUrl, imageCaption, imageCredit, imageAlt, Boolean.TRUE.equals(imageArchive));
        return new ArticleInput(
                oneLine(headline),
                kicker,
                summary,
                slug,
                section,
                isDesk ? desk : null,
                isDesk ? null : list(authors),
                status,
                instant(publishedAt, zone),
                null,
                image,
                body,
                list(tags),
                comments,
                Boolean.TRUE.equals(minor),
                version,
                new ArticleSeo(seoTitle, seoDescription));
    }

    /** The same form with another status and version (autosave keeps drafts; a lost race keeps the text). */
    public ArticleForm with(String newStatus, Boolean newMinor, Integer newVersion) {
        return new ArticleForm(
                headline,
                kicker,
                summary,
                slug,
                section,
                bylineType,
                desk,
                authors,
                tags,
                imageUrl,
                imageAlt,
                imageCaption,
                imageCredit,
                imageArchive,
                body,
                comments,
                newStatus,
                publishedAt,
                newMinor,
                newVersion,
                seoTitle,
                seoDescription);
    }

    /**
     * The headline field is several lines tall so long headlines show whole, but a headline is one
     * line: a line break typed into it is a space.
     */
    static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static String instant(String local, ZoneId zone) {
        if (blank(local)) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip(), LOCAL)
                    .atZone(zone)
                    .toOffsetDateTime()
                    .toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }

    private static List<String> list(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(ArabicPunctuation.ANY_COMMA))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
