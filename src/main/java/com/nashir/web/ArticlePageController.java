package com.nashir.web;

import com.nashir.article.Article;
import com.nashir.article.ArticleCard;
import com.nashir.article.BodySanitizer;
import com.nashir.article.CommentsMode;
import com.nashir.article.PublishedArticles;
import com.nashir.comment.CommentService;
import com.nashir.comment.FormTokens;
import com.nashir.site.Permalinks;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Map;
import com.nashir.article.Correction;
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
            "pending", "شكراً لك. تعليقك بانتظار المراجعة، وسيظهر هنا بعد موافقة المحررين.",
            "approved", "شكراً لك. نُشر تعليقك.");

    private final PublishedArticles published;
    private final FrameFactory frames;
    private final CommentService comments;
    private final FormTokens tokens;
    private final Clock clock;

    ArticlePageController(PublishedArticles published, FrameFactory frames, CommentService comments, FormTokens tokens, Clock clock) {
        this.published = published;
        this.frames = frames;
        this.comments = comments;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/news/{id:\\d+}/{slug}")
    Object article(@PathVariable long id, @PathVariable String slug, HttpServletRequest request, Model model) {
        Article article = find(id);
        if (!article.slug().equals(slug)) {
            return permanentRedirect(Permalinks.article(article.id(), article.slug()));
        }
        String flag = request.getParameter("comment");
        String notice = flag == null ? null : COMMENT_NOTICES.get(flag);
        model.addAllAttributes(page(request, article, published.corrections(article), false, CommentForm.empty(tokens.issue(id), notice)));
        return "article";
    }

    /** The article page's model; {@code preview} marks the newsroom's preview of unsaved text. */
    Map<String, Object> page(HttpServletRequest request, Article article, List<Correction> corrections, boolean preview) {
        return page(request, article, corrections, preview, CommentForm.empty(tokens.issue(article.id()), null));
    }

    /** The same, with the comment form as given (a refused post shows what the reader typed). */
    Map<String, Object> page(HttpServletRequest request, Article article, List<Correction> corrections, boolean preview,
                             CommentForm form) {
        String path = Permalinks.article(article.id(), article.slug());
        String description = article.summary().isBlank() ? excerpt(BodySanitizer.text(article.body())) : article.summary();
        Frame plain = frames.frame(request, article.headline(), description, path, article.section().slug());
        UnaryOperator<String> abs = url -> url.startsWith("/") && !url.startsWith("//") ? frames.absolute(request, url) : url;
        List<FeedLink> feeds = new ArrayList<>(FrameFactory.siteFeeds(plain.site()));
        feeds.addAll(FrameFactory.feeds(Permalinks.section(article.section().slug()), article.section().name() + " — " + plain.site().name()));
        PageMeta meta = plain.meta().withType("article").withFeeds(feeds)
                .withJsonLd(StructuredData.article(article, plain.site(), plain.canonical(), description, abs));
        if (article.image() != null) {
            meta = meta.withImage(abs.apply(article.image().url()), article.image().alt());
        }
        Frame frame = plain.with(meta);
        return Map.of(
                "frame", preview ? frame.asPreview() : frame,
                "article", article,
                "related", published.relatedTo(article, RELATED),
                "corrections", corrections,
                // Closed by the editor, or by age (the site's "comments close after N days" setting): the service decides.
                "commentsClosed", comments.state(article) == CommentsMode.CLOSED,
                "comments", comments.thread(article),
                "commentForm", form,
                "now", clock.instant(),
                "share", share(frame.canonical(), frames.absolute(request, Permalinks.shortArticle(article.id())), article.headline()));
    }

    /** Missing or outdated slug: one permanent redirect to the canonical address. */
    @GetMapping({"/news/{id:\\d+}", "/news/{id:\\d+}/", "/a/{id:\\d+}"})
    ResponseEntity<Void> toCanonical(@PathVariable long id) {
        Article article = find(id);
        return permanentRedirect(Permalinks.article(article.id(), article.slug()));
    }

    Article find(long id) {
        return published.byId(id).orElseThrow(() -> new NotFoundException("المقال غير موجود"));
    }

    private static ResponseEntity<Void> permanentRedirect(String location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", location).build();
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
        return new Share(url, shortUrl,
                "https://wa.me/?text=" + t + "%20" + u,
                "https://t.me/share/url?url=" + u + "&text=" + t,
                "https://x.com/intent/post?url=" + u + "&text=" + t,
                "https://www.facebook.com/sharer/sharer.php?u=" + u,
                "mailto:?subject=" + t + "&body=" + u);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
