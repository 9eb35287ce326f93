package com.nashir.admin;

import com.nashir.access.Permission;
import com.nashir.article.ArticleCard;
import com.nashir.article.ArticleStatus;
import com.nashir.article.NewsroomArticles;
import com.nashir.article.NewsroomFilter;
import com.nashir.article.NewsroomOrder;
import com.nashir.author.AuthorRepository;
import com.nashir.breaking.BreakingNews;
import com.nashir.comment.CommentService;
import com.nashir.search.NewsroomSearch;
import com.nashir.section.SectionRepository;
import com.nashir.setup.SiteSetup;
import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The newsroom's front door: login page, dashboard, and the article list with its filters and orders. */
@Controller
class DashboardController {
    private static final int PAGE = 25;

    private final AdminPages pages;
    private final NewsroomArticles articles;
    private final SectionRepository sections;
    private final BreakingNews breaking;
    private final NewsroomSearch search;
    private final CommentService comments;
    private final SiteSetup setup;
    private final AuthorRepository authors;

    DashboardController(
            AdminPages pages,
            NewsroomArticles articles,
            SectionRepository sections,
            BreakingNews breaking,
            NewsroomSearch search,
            CommentService comments,
            SiteSetup setup,
            AuthorRepository authors) {
        this.authors = authors;
        this.pages = pages;
        this.articles = articles;
        this.sections = sections;
        this.breaking = breaking;
        this.search = search;
        this.comments = comments;
        this.setup = setup;
    }

    @GetMapping("/admin/login")
    String login(HttpServletRequest request, Model model) {
        var session = request.getSession(false);
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        String message = null;
        // Why the login page is shown again: the refusal's own words, or which fixed notice (its words are in
        // login.jte).
        String notice = null;
        if (request.getParameter("error") != null && error instanceof Exception e) {
            message = e.getMessage();
        } else if (request.getParameter("ended") != null) {
            notice = "ended";
        } else if (request.getParameter("out") != null) {
            notice = "out";
        }
        model.addAttribute("page", pages.page(request, Messages.text("admin.login.title"), "login"));
        model.addAttribute("message", message);
        model.addAttribute("notice", notice);
        // A new site has nobody to sign in yet: say where the first admin is made.
        model.addAttribute("setupOpen", setup.open());
        return "admin/login";
    }

    @GetMapping("/admin")
    String dashboard(HttpServletRequest request, Model model) {
        AdminPage page = pages.page(request, Messages.text("admin.dashboard.title"), "dashboard");
        Long mine = page.me().userId();
        Long scope = page.can(Permission.EDIT_ANY_ARTICLE) ? null : mine;
        model.addAttribute("page", page);
        model.addAttribute("drafts", list(new NewsroomFilter(ArticleStatus.DRAFT, null, mine, null, null, null), 10));
        model.addAttribute("review", list(new NewsroomFilter(ArticleStatus.REVIEW, null, scope, null, null, null), 10));
        model.addAttribute(
                "scheduled", list(new NewsroomFilter(ArticleStatus.SCHEDULED, null, scope, null, null, null), 10));
        model.addAttribute(
                "published", list(new NewsroomFilter(ArticleStatus.PUBLISHED, null, scope, null, null, null), 10));
        model.addAttribute("breaking", breaking.current());
        // Moderators see how many comments wait; others get no comment panel.
        model.addAttribute(
                "commentCounts",
                page.can(Permission.MODERATE) ? comments.counts(page.me().actor(request.getRemoteAddr())) : null);
        // Right after the setup page: what the new admin does next.
        model.addAttribute("welcome", request.getParameter("welcome") != null && page.can(Permission.MANAGE_SETTINGS));
        return "admin/dashboard";
    }

    @GetMapping("/admin/articles")
    String articles(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        AdminPage frame = pages.page(request, Messages.text("admin.articles.title"), "articles");
        ArticleStatus st = status == null || status.isBlank() ? null : ArticleStatus.fromWire(status);
        Long scope = frame.can(Permission.EDIT_ANY_ARTICLE) ? null : frame.me().userId();
        var tz = frame.site().zone();
        NewsroomOrder order = NewsroomOrder.fromWire(sort);
        boolean words = q != null && !q.isBlank() && search.available();
        var filter = new NewsroomFilter(st, section, scope, q, day(from, tz, 0), day(to, tz, 1), author, order);
        model.addAttribute("page", frame);
        // Words go to the search index (Arabic forms, every state, ranked unless an order is asked for);
        // without words, or while this node's index is being built, the database lists by date.
        model.addAttribute(
                "list",
                words
                        ? search.find(filter, Math.max(1, page), PAGE)
                        : articles.findForNewsroom(filter, Math.max(1, page), PAGE));
        model.addAttribute("sections", sections.findAll());
        model.addAttribute("statuses", List.of(ArticleStatus.values()));
        model.addAttribute("authors", authors.findPage(0, 1000));
        model.addAttribute(
                "query",
                new ArticleQuery(
                        status == null ? "" : status,
                        section == null ? "" : section,
                        q == null ? "" : q,
                        from == null ? "" : from,
                        to == null ? "" : to,
                        author == null ? "" : author,
                        order == null ? "" : order.wire()));
        // The order in force, for the column headings: the one asked for, relevance for words, else the list's default.
        model.addAttribute(
                "effectiveSort",
                order != null
                        ? order.wire()
                        : words
                                ? ""
                                : st == ArticleStatus.PUBLISHED
                                        ? "published"
                                        : st == ArticleStatus.SCHEDULED ? "published-asc" : "modified");
        return "admin/articles";
    }

    private List<ArticleCard> list(NewsroomFilter f, int n) {
        return articles.findForNewsroom(f, 1, n).items();
    }

    /** A yyyy-mm-dd date from the filter form as the start of that day (plus days) in the site's zone. */
    private static java.time.Instant day(String text, java.time.ZoneId zone, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(zone)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
