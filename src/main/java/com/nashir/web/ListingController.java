package com.nashir.web;

import com.nashir.address.Permalinks;
import com.nashir.author.Author;
import com.nashir.author.AuthorRepository;
import com.nashir.author.Desk;
import com.nashir.author.DeskRepository;
import com.nashir.feed.FeedSubjects;
import com.nashir.published.ArticleScope;
import com.nashir.published.PublicCard;
import com.nashir.published.PublishedArticles;
import com.nashir.reading.MostRead;
import com.nashir.section.Section;
import com.nashir.section.SectionRepository;
import com.nashir.system.ListingPage;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Section, tag, author and desk pages: a heading and a paginated list of articles. A slug that
 * was renamed away answers 301 to the current address.
 */
@Controller
class ListingController {
    private static final String LATEST = "/latest";

    private final PublishedArticles published;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final DeskRepository desks;
    private final FeedSubjects subjects;
    private final FrameFactory frames;
    private final MostRead mostRead;

    ListingController(
            PublishedArticles published,
            SectionRepository sections,
            TagRepository tags,
            AuthorRepository authors,
            DeskRepository desks,
            FeedSubjects subjects,
            FrameFactory frames,
            MostRead mostRead) {
        this.mostRead = mostRead;
        this.published = published;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.desks = desks;
        this.subjects = subjects;
        this.frames = frames;
    }

    /** Every published article, newest first: the home page's "more news". */
    @GetMapping("/latest")
    String latest(@RequestParam(defaultValue = "1") String page, HttpServletRequest request, Model model) {
        int p = pageNumber(page);
        return render(
                new Listing(
                        Messages.text("web.latest.kicker"),
                        Messages.text("web.latest.title"),
                        "",
                        LATEST,
                        null,
                        published.listing(ArticleScope.site(), p, size())),
                null,
                ArticleScope.site(),
                request,
                model);
    }

    @GetMapping("/section/{slug}")
    Object section(
            @PathVariable String slug,
            @RequestParam(defaultValue = "1") String page,
            HttpServletRequest request,
            Model model) {
        Optional<Section> found = sections.findBySlug(slug);
        if (found.isEmpty()) {
            return moved(
                    subjects.movedTo(ArticleScope.Kind.SECTION, slug), page, Messages.text("web.section.not-found"));
        }
        Section s = found.get();
        int p = pageNumber(page);
        String view = render(
                new Listing(
                        ArticleScope.Kind.SECTION.label(),
                        s.name(),
                        s.description(),
                        Permalinks.section(s.slug()),
                        null,
                        published.listing(ArticleScope.section(s.id()), p, size())),
                s.slug(),
                ArticleScope.section(s.id()),
                request,
                model);
        // The section's most read, from memory (a page-cache copy may be minutes old: docs/public-site.md).
        List<MostRead.Entry> popular = mostRead.current().section(s.id());
        PageKeys.cards(request, popular.stream().map(MostRead.Entry::card).toList());
        model.addAttribute("mostRead", popular);
        model.addAttribute("mostReadTitle", Messages.text("web.most-read.section-title", s.name()));
        return view;
    }

    @GetMapping("/tag/{slug}")
    Object tag(
            @PathVariable String slug,
            @RequestParam(defaultValue = "1") String page,
            HttpServletRequest request,
            Model model) {
        Optional<Tag> found = tags.findBySlug(slug);
        if (found.isEmpty()) {
            return moved(subjects.movedTo(ArticleScope.Kind.TAG, slug), page, Messages.text("web.tag.not-found"));
        }
        Tag t = found.get();
        int p = pageNumber(page);
        var articles = publicOnlyWithArticles(
                published.listing(ArticleScope.tag(t.id()), p, size()), p, Messages.text("web.tag.not-found"));
        return render(
                new Listing(
                        ArticleScope.Kind.TAG.label(),
                        t.name(),
                        t.description(),
                        Permalinks.tag(t.slug()),
                        null,
                        articles),
                null,
                ArticleScope.tag(t.id()),
                request,
                model);
    }

    @GetMapping("/author/{slug}")
    Object author(
            @PathVariable String slug,
            @RequestParam(defaultValue = "1") String page,
            HttpServletRequest request,
            Model model) {
        Optional<Author> found = authors.findBySlug(slug);
        if (found.isEmpty()) {
            return moved(subjects.movedTo(ArticleScope.Kind.AUTHOR, slug), page, Messages.text("web.author.not-found"));
        }
        Author a = found.get();
        int p = pageNumber(page);
        var articles = publicOnlyWithArticles(
                published.listing(ArticleScope.author(a.id()), p, size()), p, Messages.text("web.author.not-found"));
        return render(
                new Listing(
                        ArticleScope.Kind.AUTHOR.label(),
                        a.name(),
                        a.bio(),
                        Permalinks.author(a.slug()),
                        a.photoUrl(),
                        articles),
                null,
                ArticleScope.author(a.id()),
                request,
                model);
    }

    @GetMapping("/desk/{slug}")
    Object desk(
            @PathVariable String slug,
            @RequestParam(defaultValue = "1") String page,
            HttpServletRequest request,
            Model model) {
        Optional<Desk> found = desks.findBySlug(slug);
        if (found.isEmpty()) {
            return moved(subjects.movedTo(ArticleScope.Kind.DESK, slug), page, Messages.text("web.desk.not-found"));
        }
        Desk d = found.get();
        int p = pageNumber(page);
        var articles = publicOnlyWithArticles(
                published.listing(ArticleScope.desk(d.id()), p, size()), p, Messages.text("web.desk.not-found"));
        return render(
                new Listing(
                        ArticleScope.Kind.DESK.label(),
                        d.name(),
                        d.description(),
                        Permalinks.desk(d.slug()),
                        null,
                        articles),
                null,
                ArticleScope.desk(d.id()),
                request,
                model);
    }

    /**
     * A tag, author or desk page exists for readers only while it has a published article: a name
     * given in a draft, or left over after its articles went, is not a public page with the
     * newsroom's text on it.
     */
    private static ListingPage<PublicCard> publicOnlyWithArticles(
            ListingPage<PublicCard> first, int page, String notFound) {
        if (page == 1 && first.items().isEmpty()) {
            throw new NotFoundException(notFound);
        }
        return first;
    }

    /**
     * An old slug: 301 to where the listing lives now ({@link FeedSubjects#movedTo}, the rule the
     * feeds follow too; same page number), or the 404 page when the slug never existed.
     */
    private static ResponseEntity<Void> moved(Optional<String> listingPath, String page, String notFound) {
        String target = listingPath.orElseThrow(() -> new NotFoundException(notFound));
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header("Location", Permalinks.page(target, pageNumber(page)))
                .build();
    }

    private String render(
            Listing listing, String activeSection, ArticleScope scope, HttpServletRequest request, Model model) {
        ListingPage<PublicCard> page = listing.page();
        if (page.page() > 1 && page.items().isEmpty()) {
            throw new NotFoundException(Messages.text("web.paging.not-found"));
        }
        PageKeys.add(request, scope.keys());
        PageKeys.cards(request, page.items());
        String title = page.page() > 1
                ? Messages.text(
                        "web.paging.title",
                        listing.heading(),
                        frames.site().fmt().number(page.page()))
                : listing.heading();
        String description = listing.intro().isBlank() ? listing.kind() + ": " + listing.heading() : listing.intro();
        Frame frame =
                frames.frame(request, title, description, Permalinks.page(listing.path(), page.page()), activeSection);
        if (!listing.path().equals(LATEST)) {
            // A listing's own feeds first, then the whole site's.
            List<FeedLink> feeds = new ArrayList<>(FrameFactory.feeds(
                    listing.path(), listing.heading() + " — " + frame.site().name()));
            feeds.addAll(FrameFactory.siteFeeds(frame.site()));
            frame = frame.with(frame.meta().withFeeds(feeds));
        }
        model.addAttribute("frame", frame);
        model.addAttribute("listing", listing);
        return "listing";
    }

    private int size() {
        return frames.site().pageSize();
    }

    /** A page number from the query; anything else is a missing page, not an error. */
    private static int pageNumber(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            if (p >= 1 && p <= PublishedArticles.MAX_DEPTH) {
                return p;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new NotFoundException(Messages.text("web.paging.not-found"));
    }
}
