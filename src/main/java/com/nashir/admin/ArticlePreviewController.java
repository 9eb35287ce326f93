package com.nashir.admin;

import com.nashir.arabic.ArabicPunctuation;
import com.nashir.article.Article;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleService;
import com.nashir.article.ArticleWorkflow;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Preview: the editor's current form (not yet saved) or a saved article, rendered by the public
 * site's own article page ({@link com.nashir.web.ArticlePreview}), so what the newsroom sees is
 * what readers will see. Nothing is written: the article service checks the input and rolls back.
 */
@Controller
class ArticlePreviewController {
    private final AdminPages pages;
    private final ArticleRepository articles;
    private final ArticleService service;
    private final ArticleWorkflow workflow;
    private final com.nashir.web.ArticlePreview preview;
    private final java.time.Clock clock;

    ArticlePreviewController(
            AdminPages pages,
            ArticleRepository articles,
            ArticleService service,
            ArticleWorkflow workflow,
            com.nashir.web.ArticlePreview preview,
            java.time.Clock clock) {
        this.clock = clock;
        this.pages = pages;
        this.articles = articles;
        this.service = service;
        this.workflow = workflow;
        this.preview = preview;
    }

    /** The form as it stands in the editor (the editor's "معاينة" button posts it here, to a new tab). */
    @PostMapping({"/admin/articles/preview", "/admin/articles/{id:\\d+}/preview"})
    ModelAndView unsaved(
            @PathVariable(required = false) Long id,
            @ModelAttribute ArticleForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (id != null) {
            checkAccess(request, find(id));
        }
        try {
            var zone = pages.page(request, "", null).site().zone();
            Article a = service.preview(AdminPages.signedIn().actor(request.getRemoteAddr()), id, form.toInput(zone));
            return render(request, response, a);
        } catch (InvalidInputException e) {
            var mav = new ModelAndView("admin/message");
            mav.setStatus(HttpStatus.BAD_REQUEST);
            mav.addObject("page", pages.page(request, Messages.text("admin.preview.refused-title"), "articles"));
            mav.addObject(
                    "message",
                    e.errors().stream()
                            .map(InvalidInputException.FieldError::message)
                            .distinct()
                            .collect(Collectors.joining(ArabicPunctuation.CLAUSE_SEPARATOR)));
            return mav;
        }
    }

    /** The article as saved, whatever its state (a draft in review, a scheduled story). */
    @GetMapping("/admin/articles/{id:\\d+}/preview")
    ModelAndView saved(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        Article a = find(id);
        checkAccess(request, a);
        return render(request, response, a.dated(clock.instant()));
    }

    private ModelAndView render(HttpServletRequest request, HttpServletResponse response, Article a) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Cache-Control", "no-store");
        List<com.nashir.article.Correction> corrections = a.id() == 0 ? List.of() : workflow.corrections(a.id());
        return preview.page(request, com.nashir.published.PublicArticle.of(a), corrections);
    }

    private void checkAccess(HttpServletRequest request, Article a) {
        AdminPage page = pages.page(request, "", null);
        if (!com.nashir.article.ArticleRules.mayRead(page.me().actor(""), a)) {
            throw new ForbiddenException("editor", Messages.text("admin.preview.forbidden-others"));
        }
    }

    private Article find(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("article.not-found")));
    }
}
