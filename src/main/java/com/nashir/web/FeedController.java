package com.nashir.web;

import com.nashir.address.Permalinks;
import com.nashir.feed.Feed;
import com.nashir.feed.FeedSubject;
import com.nashir.feed.FeedSubjects;
import com.nashir.feed.Feeds;
import com.nashir.feed.JsonFeedWriter;
import com.nashir.feed.RomeFeedWriter;
import com.nashir.published.ArticleScope;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feeds: RSS 2.0 at {@code /feed}, Atom 1.0 at {@code /feed/atom}, JSON Feed 1.1 at
 * {@code /feed.json} for the whole site, and the same three under every section, tag, author and
 * desk page ({@code /section/{slug}/feed}, …). A renamed listing's old feed address answers 301.
 * The page cache adds ETag, Last-Modified and 304s, as for pages.
 */
@RestController
class FeedController {
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType JSON_FEED = MediaType.parseMediaType("application/feed+json;charset=UTF-8");

    private final Feeds feeds;
    private final FeedSubjects subjects;
    private final RomeFeedWriter xml;
    private final JsonFeedWriter json;
    private final FrameFactory frames;

    FeedController(Feeds feeds, FeedSubjects subjects, RomeFeedWriter xml, JsonFeedWriter json, FrameFactory frames) {
        this.feeds = feeds;
        this.subjects = subjects;
        this.xml = xml;
        this.json = json;
        this.frames = frames;
    }

    @GetMapping("/feed")
    ResponseEntity<byte[]> siteRss(HttpServletRequest request) {
        return send(feed(request, subjects.site(frames.site())), RSS, xml::rss);
    }

    @GetMapping("/feed/atom")
    ResponseEntity<byte[]> siteAtom(HttpServletRequest request) {
        return send(feed(request, subjects.site(frames.site())), ATOM, xml::atom);
    }

    @GetMapping("/feed.json")
    ResponseEntity<byte[]> siteJson(HttpServletRequest request) {
        return send(feed(request, subjects.site(frames.site())), JSON_FEED, json::json);
    }

    @GetMapping("/{kind:section|tag|author|desk}/{slug}/feed")
    ResponseEntity<byte[]> listingRss(
            @PathVariable String kind, @PathVariable String slug, HttpServletRequest request) {
        return listing(kind, slug, request, RSS, xml::rss, Permalinks::rssFeed);
    }

    @GetMapping("/{kind:section|tag|author|desk}/{slug}/feed/atom")
    ResponseEntity<byte[]> listingAtom(
            @PathVariable String kind, @PathVariable String slug, HttpServletRequest request) {
        return listing(kind, slug, request, ATOM, xml::atom, Permalinks::atomFeed);
    }

    @GetMapping("/{kind:section|tag|author|desk}/{slug}/feed.json")
    ResponseEntity<byte[]> listingJson(
            @PathVariable String kind, @PathVariable String slug, HttpServletRequest request) {
        return listing(kind, slug, request, JSON_FEED, json::json, Permalinks::jsonFeed);
    }

    private ResponseEntity<byte[]> listing(
            String kind,
            String slug,
            HttpServletRequest request,
            MediaType type,
            Function<Feed, byte[]> writer,
            Function<String, String> feedPath) {
        ArticleScope.Kind k = ArticleScope.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        var subject = subjects.find(k, slug);
        if (subject.isPresent()) {
            return send(feed(request, subject.get()), type, writer);
        }
        String moved =
                subjects.movedTo(k, slug).orElseThrow(() -> new NotFoundException(Messages.text("web.feed.not-found")));
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header("Location", feedPath.apply(moved))
                .build();
    }

    private Feed feed(HttpServletRequest request, FeedSubject subject) {
        Feed feed = feeds.build(subject, frames.absolute(request, ""));
        PageKeys.add(request, feed.keys());
        return feed;
    }

    private static ResponseEntity<byte[]> send(Feed feed, MediaType type, Function<Feed, byte[]> writer) {
        return ResponseEntity.ok().contentType(type).body(writer.apply(feed));
    }
}
