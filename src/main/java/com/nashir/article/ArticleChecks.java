package com.nashir.article;

import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.SafeUrls;
import com.nashir.system.Validation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The checks of an article's save that need nothing stored, one per field or rule: each adds its
 * mistakes to the {@link Validation} against the field's name (so all are reported at once) and
 * gives the value as it will be written. {@link ArticleService} runs them in the form's order.
 */
final class ArticleChecks {
    static final int MAX_TAGS = 20;

    private ArticleChecks() {}

    /** The texts of the headline block, trimmed. */
    record Texts(String headline, String kicker, String summary) {}

    /** The byline as asked for: a desk's name, or authors' slugs (both or neither is a mistake). */
    record BylineAsked(String deskName, List<String> authorSlugs) {
        boolean hasDesk() {
            return !deskName.isEmpty();
        }
    }

    /** The status asked for (none: the current one, or a draft); never the trash, which has its own door. */
    static ArticleStatus requestedStatus(ArticleInput in, Article current) {
        ArticleStatus requested = in.status() == null
                ? (current == null ? ArticleStatus.DRAFT : current.status())
                : ArticleStatus.fromWire(trim(in.status()));
        if (requested == null || requested == ArticleStatus.TRASHED) {
            throw new InvalidInputException(
                    "status", Messages.text("article.status.not-settable", ArticleStatus.SETTABLE));
        }
        return requested;
    }

    static Texts checkTexts(ArticleInput in, Validation v) {
        String headline = trim(in.headline());
        v.require(!headline.isEmpty(), "headline", Messages.text("article.headline.required"));
        v.require(headline.length() <= 500, "headline", Messages.text("article.headline.too-long", characters(500)));
        String kicker = trim(in.kicker());
        v.require(kicker.length() <= 200, "kicker", Messages.text("article.kicker.too-long", characters(200)));
        String summary = trim(in.summary());
        v.require(summary.length() <= 1000, "summary", Messages.text("article.summary.too-long", characters(1000)));
        return new Texts(headline, kicker, summary);
    }

    static BylineAsked checkByline(ArticleInput in, Validation v) {
        String deskName = trim(in.deskName());
        List<String> authorSlugs = in.authorSlugs() == null
                ? List.of()
                : in.authorSlugs().stream()
                        .map(ArticleChecks::trim)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        boolean hasDesk = !deskName.isEmpty();
        v.require(hasDesk || !authorSlugs.isEmpty(), "byline", Messages.text("article.byline.required"));
        v.require(!(hasDesk && !authorSlugs.isEmpty()), "byline", Messages.text("article.byline.both"));
        v.require(
                deskName.length() <= 200,
                "byline.desk",
                Messages.text("article.byline.desk-too-long", characters(200)));
        return new BylineAsked(deskName, authorSlugs);
    }

    /** The body as stored (sanitized); an article going out needs one. */
    static String checkBody(String given, ArticleStatus requested, Validation v) {
        String body = BodySanitizer.sanitize(given);
        v.require(body.length() <= 1_000_000, "body", Messages.text("article.body.too-long"));
        boolean goingOut = requested == ArticleStatus.PUBLISHED || requested == ArticleStatus.SCHEDULED;
        v.require(!goingOut || BodySanitizer.hasContent(body), "body", Messages.text("article.body.required"));
        return body;
    }

    /** The tag names, spaces folded and each once, in order; at most {@link #MAX_TAGS}. */
    static List<String> checkTagNames(List<String> given, Validation v) {
        if (given == null) {
            return List.of();
        }
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String t : given) {
            String name = trim(t).replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                v.add("tags", Messages.text("article.tag.empty"));
            } else if (name.length() > 100) {
                v.add("tags", Messages.text("article.tag.too-long", characters(100), name.substring(0, 20)));
            } else {
                seen.add(name);
            }
        }
        v.require(
                seen.size() <= MAX_TAGS,
                "tags",
                Messages.text("article.tags.too-many", ArabicCount.of(MAX_TAGS, CountedNoun.TAG, DigitStyle.WESTERN)));
        return List.copyOf(seen);
    }

    static CommentsMode checkComments(String given, Article current, Validation v) {
        CommentsMode comments = given == null
                ? (current == null ? CommentsMode.OPEN : current.comments())
                : CommentsMode.fromWire(trim(given));
        v.require(comments != null, "comments", Messages.text("article.comments-mode.invalid"));
        return comments;
    }

    /** Publication time is set once: the first time the article goes out, unless given. */
    static Instant publicationTime(Instant given, Article current, ArticleStatus requested, Instant now) {
        return given != null
                ? given
                : current != null && current.publishedAt() != null
                        ? current.publishedAt()
                        : requested == ArticleStatus.PUBLISHED ? now : null;
    }

    /** "آخر تحديث" never comes before the publication. */
    static void checkUpdatedAfterPublication(Instant updatedAt, Instant publishedAt) {
        if (updatedAt != null && publishedAt != null && updatedAt.isBefore(publishedAt)) {
            throw new InvalidInputException("updatedAt", Messages.text("article.updated-at.before-published"));
        }
    }

    /** Publishing with a time still to come is scheduling; scheduling needs such a time. */
    static ArticleStatus statusAt(ArticleStatus requested, Instant publishedAt, Instant now) {
        if (requested == ArticleStatus.PUBLISHED && publishedAt.isAfter(now)) {
            return ArticleStatus.SCHEDULED;
        }
        if (requested == ArticleStatus.SCHEDULED && (publishedAt == null || !publishedAt.isAfter(now))) {
            throw new InvalidInputException("publishedAt", Messages.text("article.schedule.needs-future"));
        }
        return requested;
    }

    /**
     * "آخر تحديث" moves only for a substantive change (headline, summary, body or picture) to
     * an article already out, unless the caller marks the edit as minor or gives the time itself.
     */
    static Instant updatedAtFor(
            Article current,
            ArticleInput in,
            Texts texts,
            String body,
            FeaturedImage image,
            ArticleStatus status,
            Instant given,
            Instant now) {
        if (given != null) {
            return given;
        }
        if (current == null) {
            return null;
        }
        boolean wasPublic = current.status() == ArticleStatus.PUBLISHED
                && current.publishedAt() != null
                && !current.publishedAt().isAfter(now);
        boolean substantive = !current.headline().equals(texts.headline())
                || !current.summary().equals(texts.summary())
                || !current.body().equals(body)
                || !Objects.equals(current.image(), image);
        return wasPublic && status == ArticleStatus.PUBLISHED && substantive && !in.minor() ? now : current.updatedAt();
    }

    static FeaturedImage checkImage(ArticleInput.ImageInput img, Validation v) {
        if (img == null
                || (trim(img.url()).isEmpty()
                        && trim(img.caption()).isEmpty()
                        && trim(img.alt()).isEmpty())) {
            return null;
        }
        String url = trim(img.url());
        v.require(!url.isEmpty(), "featuredImage.url", Messages.text("article.image.url-required"));
        v.require(url.isEmpty() || SafeUrls.isSafe(url), "featuredImage.url", SafeUrls.RULE_AR);
        v.require(!trim(img.alt()).isEmpty(), "featuredImage.alt", Messages.text("article.image.alt-required"));
        v.require(
                trim(img.alt()).length() <= 1000,
                "featuredImage.alt",
                Messages.text("article.image.alt-too-long", characters(1000)));
        v.require(
                trim(img.caption()).length() <= 1000,
                "featuredImage.caption",
                Messages.text("article.image.caption-too-long", characters(1000)));
        v.require(
                trim(img.credit()).length() <= 300,
                "featuredImage.credit",
                Messages.text("article.image.credit-too-long", characters(300)));
        return new FeaturedImage(
                url, trim(img.caption()), trim(img.credit()), trim(img.alt()), Boolean.TRUE.equals(img.archive()));
    }

    /** The search and social texts: one line each (breaks become spaces), within their limits. */
    static ArticleSeo checkSeo(ArticleSeo seo, Validation v) {
        if (seo == null) {
            return ArticleSeo.NONE;
        }
        String title = trim(seo.title()).replaceAll("\\s+", " ");
        String description = trim(seo.description()).replaceAll("\\s+", " ");
        v.require(
                title.length() <= ArticleSeo.MAX_TITLE,
                "seo.title",
                Messages.text("article.seo.title-too-long", characters(ArticleSeo.MAX_TITLE)));
        v.require(
                description.length() <= ArticleSeo.MAX_DESCRIPTION,
                "seo.description",
                Messages.text("article.seo.description-too-long", characters(ArticleSeo.MAX_DESCRIPTION)));
        return new ArticleSeo(title, description);
    }

    /** ISO-8601 with an offset ("2024-06-17T10:30:00+03:00" or "...Z"); a bare local time is ambiguous. */
    static Instant parseTime(String text, String field, Validation v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant t = OffsetDateTime.parse(text.trim()).toInstant();
            if (t.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || t.isAfter(Instant.parse("2999-12-31T00:00:00Z"))) {
                v.add(field, Messages.text("article.date.out-of-range"));
                return null;
            }
            return t;
        } catch (DateTimeParseException e) {
            v.add(field, Messages.text("article.date.invalid"));
            return null;
        }
    }

    /** "N characters" in the newsroom's words, for the limits' messages: "500 حرف". */
    static String characters(int n) {
        return ArabicCount.after(n, CountedNoun.CHARACTER, DigitStyle.WESTERN);
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
