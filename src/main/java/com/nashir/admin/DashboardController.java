package com.nashir.admin;

import com.nashir.article.ArticleCard;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleStatus;
import com.nashir.article.NewsroomFilter;
import com.nashir.breaking.BreakingNews;
import com.nashir.search.NewsroomSearch;
import com.nashir.comment.CommentService;
import com.nashir.section.SectionRepository;
import com.nashir.user.Permission;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The newsroom's front door: login page, dashboard, and the article list with its filters. */
@Controller
class DashboardController {
    private static final int PAGE = 25;

    private final AdminPages pages;
    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final BreakingNews breaking;
    private final NewsroomSearch search;
    private final CommentService comments;

    DashboardController(AdminPages pages, ArticleRepository articles, SectionRepository sections, BreakingNews breaking,
                        NewsroomSearch search, CommentService comments) {
        this.pages = pages;
        this.articles = articles;
        this.sections = sections;
        this.breaking = breaking;
        this.search = search;
        this.comments = comments;
    }

    @GetMapping("/admin/login")
    String login(HttpServletRequest request, Model model) {
        var session = request.getSession(false);
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        String message = null;
        if (request.getParameter("error") != null && error instanceof Exception e) {
            message = e.getMessage();
        } else if (request.getParameter("ended") != null) {
            message = "انتهت الجلسة: تغيّر الحساب أو عُطّل. سجّل الدخول من جديد.";
        } else if (request.getParameter("out") != null) {
            message = "خرجت من غرفة الأخبار.";
        }
        model.addAttribute("page", pages.page(request, "الدخول إلى غرفة الأخبار", "login"));
        model.addAttribute("message", message);
        return "admin/login";
    }

    @GetMapping("/admin")
    String dashboard(HttpServletRequest request, Model model) {
        AdminPage page = pages.page(request, "لوحة التحرير", "dashboard");
        Long mine = page.me().userId();
        Long scope = page.can(Permission.EDIT_ANY_ARTICLE) ? null : mine;
        model.addAttribute("page", page);
        model.addAttribute("drafts", list(new NewsroomFilter(ArticleStatus.DRAFT, null, mine, null, null, null), 10));
        model.addAttribute("review", list(new NewsroomFilter(ArticleStatus.REVIEW, null, scope, null, null, null), 10));
        model.addAttribute("scheduled", list(new NewsroomFilter(ArticleStatus.SCHEDULED, null, scope, null, null, null), 10));
        model.addAttribute("published", list(new NewsroomFilter(ArticleStatus.PUBLISHED, null, scope, null, null, null), 10));
        model.addAttribute("breaking", breaking.current());
        // Moderators see how many comments wait; others get no comment panel.
        model.addAttribute("commentCounts", page.can(Permission.MODERATE) ? comments.counts(page.me().actor(request.getRemoteAddr())) : null);
        return "admin/dashboard";
    }

    @GetMapping("/admin/articles")
    String articles(@RequestParam(required = false) String status, @RequestParam(required = false) String section,
                    @RequestParam(required = false) String q, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page,
                    HttpServletRequest request, Model model) {
        AdminPage frame = pages.page(request, "المقالات", "articles");
        ArticleStatus st = status == null || status.isBlank() ? null : ArticleStatus.fromWire(status);
        Long scope = frame.can(Permission.EDIT_ANY_ARTICLE) ? null : frame.me().userId();
        var tz = frame.site().zone();
        var filter = new NewsroomFilter(st, section, scope, q, day(from, tz, 0), day(to, tz, 1));
        model.addAttribute("page", frame);
        // Words go to the search index (Arabic forms, every state, ranked); without words, or while
        // this node's index is being built, the database lists by date.
        boolean words = q != null && !q.isBlank() && search.available();
        model.addAttribute("list", words ? search.find(filter, Math.max(1, page), PAGE)
                : articles.findForNewsroom(filter, Math.max(1, page), PAGE));
        model.addAttribute("sections", sections.findAll());
        model.addAttribute("statuses", List.of(ArticleStatus.values()));
        model.addAttribute("query", new ArticleQuery(status == null ? "" : status, section == null ? "" : section,
                q == null ? "" : q, from == null ? "" : from, to == null ? "" : to));
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
            return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
