package com.nashir.admin;

import com.nashir.article.Article;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleRevisions;
import com.nashir.article.ArticleService;
import com.nashir.article.ArticleStatus;
import com.nashir.article.ArticleWorkflow;
import com.nashir.system.ForbiddenException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One article in the newsroom: its state, the workflow buttons the signed-in role may use,
 * corrections, and the revision history with a readable diff between any two revisions.
 */
@Controller
class ArticleDeskController {
    private final AdminPages pages;
    private final ArticleRepository articles;
    private final ArticleService service;
    private final ArticleWorkflow workflow;
    private final ArticleRevisions revisions;
    private final com.nashir.coverage.LiveCoverage coverage;

    ArticleDeskController(
            AdminPages pages,
            ArticleRepository articles,
            ArticleService service,
            ArticleWorkflow workflow,
            ArticleRevisions revisions,
            com.nashir.coverage.LiveCoverage coverage) {
        this.coverage = coverage;
        this.pages = pages;
        this.articles = articles;
        this.service = service;
        this.workflow = workflow;
        this.revisions = revisions;
    }

    @GetMapping("/admin/articles/{id:\\d+}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            HttpServletRequest request,
            Model model) {
        Article article = find(id);
        AdminPage page = pages.page(request, article.headline(), "articles");
        if (!com.nashir.article.ArticleRules.mayRead(page.me().actor(""), article)) {
            throw new ForbiddenException("editor", Messages.text("admin.article.of-others"));
        }
        var history = revisions.list(id);
        model.addAttribute("page", page);
        model.addAttribute("article", article);
        model.addAttribute("revisions", history);
        model.addAttribute("corrections", workflow.corrections(id));
        if (from != null && to != null) {
            model.addAttribute("diff", revisions.diff(id, from, to));
        } else if (history.size() >= 2) {
            model.addAttribute(
                    "diff",
                    revisions.diff(id, history.get(1).id(), history.get(0).id()));
        } else {
            model.addAttribute("diff", java.util.List.of());
        }
        model.addAttribute("flash", model.getAttribute("flash"));
        model.addAttribute(
                "liveUpdates",
                article.live() == null
                        ? java.util.List.of()
                        : coverage.updates(page.me().actor(""), id));
        model.addAttribute("liveText", model.getAttribute("liveText") instanceof String s ? s : "");
        model.addAttribute("liveImage", model.getAttribute("liveImage") instanceof String s ? s : "");
        return "admin/article";
    }

    /**
     * Moves the article to another state (review, scheduled, published, unpublished, draft).
     * Publishing asks first: without {@code confirm=true} the answer is a page that asks (the
     * page's script asks in a dialog instead and sends the confirmation along).
     */
    @PostMapping("/admin/articles/{id:\\d+}/status")
    String status(
            @PathVariable long id,
            @RequestParam String status,
            @RequestParam int version,
            @RequestParam(required = false) String confirm,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Article article = find(id);
        if (ArticleStatus.PUBLISHED.wire().equals(status)
                && article.status() != ArticleStatus.PUBLISHED
                && !"true".equals(confirm)) {
            AdminPage page = pages.page(request, Messages.text("admin.article.confirm-publish-title"), "articles");
            if (!com.nashir.article.ArticleRules.mayRead(page.me().actor(""), article)) {
                throw new ForbiddenException("editor", Messages.text("admin.article.of-others"));
            }
            model.addAttribute("page", page);
            model.addAttribute("article", article);
            return "admin/confirm-publish";
        }
        return Flash.run(
                flash,
                "/admin/articles/" + id,
                () -> service.changeStatus(actor(request), id, status, version),
                Messages.text("admin.article.status-changed"));
    }

    @PostMapping("/admin/articles/{id:\\d+}/trash")
    String trash(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(
                flash,
                "/admin/articles/" + id,
                () -> workflow.trash(actor(request), id),
                Messages.text("admin.article.trashed"));
    }

    @PostMapping("/admin/articles/{id:\\d+}/restore")
    String restore(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(
                flash,
                "/admin/articles/" + id,
                () -> workflow.restore(actor(request), id),
                Messages.text("admin.article.restored"));
    }

    @PostMapping("/admin/articles/{id:\\d+}/corrections")
    String correct(
            @PathVariable long id, @RequestParam String text, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(
                flash,
                "/admin/articles/" + id,
                () -> workflow.addCorrection(actor(request), id, text),
                Messages.text("admin.article.correction-added"));
    }

    @PostMapping("/admin/articles/{id:\\d+}/revisions/{revision:\\d+}/restore")
    String restoreRevision(
            @PathVariable long id, @PathVariable long revision, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(
                flash,
                "/admin/articles/" + id,
                () -> workflow.restoreRevision(actor(request), id, revision),
                Messages.text("admin.article.revision-restored"));
    }

    private static com.nashir.access.Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }

    private Article find(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("article.not-found")));
    }
}
