package com.nashir.web;

import com.nashir.article.ArticleCard;
import com.nashir.article.PublishedArticles;
import com.nashir.author.Author;
import com.nashir.author.AuthorRepository;
import com.nashir.author.Desk;
import com.nashir.author.DeskRepository;
import com.nashir.section.Section;
import com.nashir.section.SectionRepository;
import com.nashir.site.Permalinks;
import com.nashir.system.NotFoundException;
import com.nashir.system.PageOf;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Section, tag, author and desk pages: a heading and a paginated list of articles. */
@Controller
class ListingController {
    static final int MAX_PAGE = 10_000;

    private final PublishedArticles published;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final DeskRepository desks;
    private final FrameFactory frames;

    ListingController(PublishedArticles published, SectionRepository sections, TagRepository tags,
                      AuthorRepository authors, DeskRepository desks, FrameFactory frames) {
        this.published = published;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.desks = desks;
        this.frames = frames;
    }

    /** Every published article, newest first: the home page's "more news". */
    @GetMapping("/latest")
    String latest(@RequestParam(defaultValue = "1") String page, HttpServletRequest request, Model model) {
        int p = pageNumber(page);
        return render(new Listing("الأرشيف", "آخر الأخبار", "", "/latest", null, published.latest(p, size())), null, request, model);
    }

    @GetMapping("/section/{slug}")
    String section(@PathVariable String slug, @RequestParam(defaultValue = "1") String page, HttpServletRequest request, Model model) {
        Section s = sections.findBySlug(slug).orElseThrow(() -> new NotFoundException("القسم غير موجود"));
        int p = pageNumber(page);
        return render(new Listing("قسم", s.name(), "", Permalinks.section(s.slug()), null,
                published.inSection(s.id(), p, size())), s.slug(), request, model);
    }

    @GetMapping("/tag/{slug}")
    String tag(@PathVariable String slug, @RequestParam(defaultValue = "1") String page, HttpServletRequest request, Model model) {
        Tag t = tags.findBySlug(slug).orElseThrow(() -> new NotFoundException("الوسم غير موجود"));
        int p = pageNumber(page);
        return render(new Listing("وسم", t.name(), "", Permalinks.tag(t.slug()), null,
                published.withTag(t.id(), p, size())), null, request, model);
    }

    @GetMapping("/author/{slug}")
    String author(@PathVariable String slug, @RequestParam(defaultValue = "1") String page, HttpServletRequest request, Model model) {
        Author a = authors.findBySlug(slug).orElseThrow(() -> new NotFoundException("الكاتب غير موجود"));
        int p = pageNumber(page);
        return render(new Listing("كاتب", a.name(), a.bio(), Permalinks.author(a.slug()), a.photoUrl(),
                published.byAuthor(a.id(), p, size())), null, request, model);
    }

    @GetMapping("/desk/{slug}")
    String desk(@PathVariable String slug, @RequestParam(defaultValue = "1") String page, HttpServletRequest request, Model model) {
        Desk d = desks.findBySlug(slug).orElseThrow(() -> new NotFoundException("مكتب التحرير غير موجود"));
        int p = pageNumber(page);
        return render(new Listing("مكتب تحرير", d.name(), "", Permalinks.desk(d.slug()), null,
                published.byDesk(d.id(), p, size())), null, request, model);
    }

    private String render(Listing listing, String activeSection, HttpServletRequest request, Model model) {
        PageOf<ArticleCard> page = listing.page();
        if (page.page() > 1 && page.items().isEmpty()) {
            throw new NotFoundException("لا توجد صفحة بهذا الرقم");
        }
        String title = page.page() > 1 ? listing.heading() + " — الصفحة " + frames.fmt().number(page.page()) : listing.heading();
        String description = listing.intro().isBlank() ? listing.kind() + ": " + listing.heading() : listing.intro();
        model.addAttribute("frame", frames.frame(request, title, description, Permalinks.page(listing.path(), page.page()), activeSection));
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
            if (p >= 1 && p <= MAX_PAGE) {
                return p;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new NotFoundException("لا توجد صفحة بهذا الرقم");
    }
}
