package com.nashir.web;

import com.nashir.author.AuthorRepository;
import com.nashir.author.DeskChoices;
import com.nashir.search.SearchRequest;
import com.nashir.search.SearchResults;
import com.nashir.search.SiteSearch;
import com.nashir.section.AllSections;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.tag.TagRepository;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public search page, {@code /search?q=…}: results with highlighted snippets, facets,
 * filters, date order and pages. Works without JavaScript (a plain GET form). Input the search
 * refuses is shown as a message above the form, never an error page.
 */
@Controller
class SearchController {
    static final int PAGE_SIZE = 10;

    private final SiteSearch search;
    private final FrameFactory frames;
    private final AllSections sections;
    private final DeskChoices desks;
    private final TagRepository tags;
    private final AuthorRepository authors;

    SearchController(
            SiteSearch search,
            FrameFactory frames,
            AllSections sections,
            DeskChoices desks,
            TagRepository tags,
            AuthorRepository authors) {
        this.search = search;
        this.frames = frames;
        this.sections = sections;
        this.desks = desks;
        this.tags = tags;
        this.authors = authors;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String desk,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            HttpServletRequest request,
            Model model) {
        SearchForm form = SearchForm.of(q, section, tag, author, desk, from, to, sort);
        SearchResults results = null;
        String error = null;
        try {
            SearchRequest r = SearchRequest.of(q, section, tag, author, desk, from, to, sort, page, PAGE_SIZE);
            results = r.isEmpty() ? null : search.search(r);
        } catch (InvalidInputException e) {
            error = e.errors().get(0).message();
        }
        String title = form.q().isEmpty()
                ? Messages.text("web.search.title")
                : Messages.text(
                        "web.search.query-title",
                        form.q().length() > 60 ? form.q().substring(0, 60) + "…" : form.q());
        String tagName = form.tag().isEmpty()
                ? null
                : tags.findBySlug(form.tag()).map(t -> t.name()).orElse(form.tag());
        String authorName = form.author().isEmpty()
                ? null
                : authors.findBySlug(form.author()).map(a -> a.name()).orElse(form.author());
        model.addAttribute(
                "frame",
                frames.frame(
                        request,
                        title,
                        Messages.text("web.search.description", frames.site().name()),
                        form.page(1),
                        null));
        model.addAttribute(
                "search", new SearchPage(form, results, error, sections.list(), desks.current(), tagName, authorName));
        return "search";
    }
}
