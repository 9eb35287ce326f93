package com.nashir.web;

import com.nashir.address.Permalinks;
import com.nashir.article.BodySanitizer;
import com.nashir.article.CommentsMode;
import com.nashir.article.Correction;
import com.nashir.comment.CommentService;
import com.nashir.comment.FormTokens;
import com.nashir.coverage.LiveUpdates;
import com.nashir.published.PublicArticle;
import com.nashir.published.PublicCard;
import com.nashir.published.PublishedArticles;
import com.nashir.reading.MostRead;
import com.nashir.search.RelatedArticles;
import com.nashir.system.ContentKeys;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticlePageController {
    private static final int RELATED = 4;

    /** The notices behind {@code ?comment=…} after a post without JavaScript; any other value shows nothing. */
    static final Map<String, String> COMMENT_NOTICES = Map.of(
            "pending", Messages.text("web.comment.notice.pending"),
            "approved", Messages.text("web.comment.notice.approved"));

    private final PublishedArticles published;
    private final RelatedArticles related;
    private final FrameFactory frames;
    private final CommentService comments;
    private final FormTokens tokens;
    private final Clock clock;
    private final StoryBodies bodies;
    private final MostRead mostRead;
    private final LiveUpdates liveUpdates;
    private final LiveUpdateViews liveViews;

    ArticlePageController(
            PublishedArticles published,
            RelatedArticles related,
            FrameFactory frames,
            CommentService comments,
            FormTokens tokens,
            Clock clock,
            StoryBodies bodies,
            MostRead mostRead,
            LiveUpdates liveUpdates,
            LiveUpdateViews liveViews) {
        this.liveUpdates = liveUpdates;
        this.liveViews = liveViews;
        this.bodies = bodies;
        this.mostRead = mostRead;
        this.published = published;
        this.related = related;
        this.frames = frames;
        this.comments = comments;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/news/{id:\\d+}/{slug}")
    Object article(@PathVariable long id, @PathVariable String slug, HttpServletRequest request, Model model) {
        RelatedArticles.WithKeptList found = related.article(id).orElseThrow(ArticlePageController::notFound);
        PublicArticle article = found.article();
        if (!article.slug().equals(slug)) {
            return permanentRedirect(Permalinks.article(article.id(), article.slug()));
        }
        String flag = request.getParameter("comment");
        String notice = flag == null ? null : COMMENT_NOTICES.get(flag);
        Map<String, Object> page = page(
                request,
                article,
                published.corrections(article),
                false,
                CommentForm.empty(tokens.issue(id), notice),
                related.to(found, RELATED));
        showing(request, article, page);
        model.addAllAttributes(page);
        return "article";
    }

    /** The article page's model; {@code preview} marks the newsroom's preview of unsaved text. */
    Map<String, Object> page(
            HttpServletRequest request, PublicArticle article, List<Correction> corrections, boolean preview) {
        return page(request, article, corrections, preview, CommentForm.empty(tokens.issue(article.id()), null));
    }

    /** The same, with the comment form as given (a refused post shows what the reader typed). */
    Map<String, Object> page(
            HttpServletRequest request,
            PublicArticle article,
            List<Correction> corrections,
            boolean preview,
            CommentForm form) {
        return page(request, article, corrections, preview, form, related.to(article, RELATED));
    }

    private Map<String, Object> page(
            HttpServletRequest request,
            PublicArticle article,
            List<Correction> corrections,
            boolean preview,
            CommentForm form,
            List<PublicCard> relatedCards) {
        String path = Permalinks.article(article.id(), article.slug());
        // The search and social texts, when the newsroom wrote them, stand in for the headline and standfirst.
        String description = article.seo()
                .descriptionOr(
                        article.summary().isBlank() ? excerpt(BodySanitizer.text(article.body())) : article.summary());
        Frame plain = frames.frame(
                request,
                article.seo().titleOr(article.headline()),
                description,
                path,
                article.section().slug());
        UnaryOperator<String> abs =
                url -> url.startsWith("/") && !url.startsWith("//") ? frames.absolute(request, url) : url;
        List<FeedLink> feeds = new ArrayList<>(FrameFactory.siteFeeds(plain.site()));
        feeds.addAll(FrameFactory.feeds(
                Permalinks.section(article.section().slug()),
                article.section().name() + " — " + plain.site().name()));
        // Live coverage: its updates follow the introduction (one more statement, for those articles only).
        LiveCoverageView coverage = article.live() == null
                ? LiveCoverageView.NONE
                : liveViews.page(article.live(), liveUpdates.of(article.id()), plain.fmt());
        PageMeta meta = plain.meta()
                .withType("article")
                .withFeeds(feeds)
                .withJsonLd(
                        StructuredData.article(article, coverage, plain.site(), plain.canonical(), description, abs));
        if (article.image() != null) {
            meta = meta.withImage(
                    abs.apply(article.image().url()), article.image().alt());
        }
        Frame frame = plain.with(meta);
        // The section's most read, or the site's while the section has none (a page-cache copy may be minutes old:
        // docs/public-site.md).
        MostRead.Ranking ranking = mostRead.current();
        List<MostRead.Entry> popular = ranking.section(article.section().id());
        String popularTitle =
                Messages.text("web.most-read.section-title", article.section().name());
        if (popular.isEmpty()) {
            popular = ranking.site();
            popularTitle = Messages.text("web.most-read.title");
        }
        return Map.ofEntries(
                Map.entry("frame", preview ? frame.asPreview() : frame),
                Map.entry("article", article),
                Map.entry("body", bodies.render(article.body(), frame.fmt())),
                Map.entry("coverage", coverage),
                Map.entry("related", relatedCards),
                Map.entry("corrections", corrections),
                // Closed by the editor, or by age (the site's "comments close after N days" setting): the service
                // decides.
                Map.entry("commentsClosed", comments.state(article) == CommentsMode.CLOSED),
                Map.entry("comments", comments.thread(article)),
                Map.entry("commentForm", form),
                Map.entry("now", clock.instant()),
                Map.entry(
                        "share",
                        share(
                                frame.canonical(),
                                frames.absolute(request, Permalinks.shortArticle(article.id())),
                                article.headline())),
                Map.entry("mostRead", popular),
                Map.entry("mostReadTitle", popularTitle));
    }

    /**
     * What the article page shows, for the page cache: the article, its comments, its section,
     * tags and byline, the related articles; and, while comments are open, the moment they close
     * by age (the page then shows "closed" without any change to the article).
     */
    private void showing(HttpServletRequest request, PublicArticle article, Map<String, Object> page) {
        PageKeys.add(
                request,
                ContentKeys.article(article.id()),
                ContentKeys.comments(article.id()),
                ContentKeys.section(article.section().id()));
        article.tags().forEach(t -> PageKeys.add(request, ContentKeys.tag(t.id())));
        if (article.byline().isDesk()) {
            PageKeys.add(request, ContentKeys.desk(article.byline().desk().id()));
        } else {
            article.byline().authors().forEach(a -> PageKeys.add(request, ContentKeys.author(a.id())));
        }
        ((StoryBody) page.get("body")).media().forEach(id -> PageKeys.add(request, ContentKeys.media(id)));
        @SuppressWarnings("unchecked")
        List<PublicCard> related = (List<PublicCard>) page.get("related");
        PageKeys.cards(request, related);
        @SuppressWarnings("unchecked")
        List<MostRead.Entry> popular = (List<MostRead.Entry>) page.get("mostRead");
        PageKeys.cards(request, popular.stream().map(MostRead.Entry::card).toList());
        if (!(Boolean) page.get("commentsClosed")) {
            comments.closesAt(article).ifPresent(at -> PageKeys.freshUntil(request, at));
        }
    }

    /** Missing or outdated slug: one permanent redirect to the canonical address. */
    @GetMapping({"/news/{id:\\d+}", "/news/{id:\\d+}/", "/a/{id:\\d+}"})
    ResponseEntity<Void> toCanonical(@PathVariable long id) {
        PublicArticle article = find(id);
        return permanentRedirect(Permalinks.article(article.id(), article.slug()));
    }

    PublicArticle find(long id) {
        return published.byId(id).orElseThrow(ArticlePageController::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException(Messages.text("web.article.not-found"));
    }

    private static ResponseEntity<Void> permanentRedirect(String location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header("Location", location)
                .build();
    }

    static String excerpt(String text) {
        String t = text.strip();
        if (t.length() <= 160) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 157);
        return t.substring(0, cut > 80 ? cut : 157) + "…";
    }

    private static Share share(String url, String shortUrl, String title) {
        String u = enc(shortUrl);
        String t = enc(title);
        return new Share(
                url,
                shortUrl,
                "https://wa.me/?text=" + t + "%20" + u,
                "https://t.me/share/url?url=" + u + "&text=" + t,
                "https://x.com/intent/post?url=" + u + "&text=" + t,
                "https://www.facebook.com/sharer/sharer.php?u=" + u,
                "mailto:?subject=" + t + "&body=" + u);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
