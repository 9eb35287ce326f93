package com.nashir.admin;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.comment.CommentPolicies;
import com.nashir.comment.CommentPolicy;
import com.nashir.comment.CommentService;
import com.nashir.comment.CommentStatus;
import com.nashir.system.ConflictException;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comment moderation for editors: the queue (by status, optionally one article), approve,
 * reject, mark as spam, back to pending, delete — one at a time or ticked together — correct a
 * comment's text, and the rules (blocked words and addresses, links allowed). Every change is
 * in the audit log (the service writes it).
 */
@Controller
class CommentsDeskController {
    private static final int PAGE = 30;

    private final AdminPages pages;
    private final CommentService comments;
    private final CommentPolicies policies;

    CommentsDeskController(AdminPages pages, CommentService comments, CommentPolicies policies) {
        this.pages = pages;
        this.comments = comments;
        this.policies = policies;
    }

    @GetMapping("/admin/comments")
    String queue(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long article,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        AdminPage frame = page(request, Messages.text("admin.comments.title"));
        CommentQuery query = CommentQuery.of(status, article, page);
        Actor actor = actor(request);
        model.addAttribute("page", frame);
        model.addAttribute("query", query);
        model.addAttribute("list", comments.queue(actor, query.statusFilter(), article, query.page(), PAGE));
        model.addAttribute("counts", comments.counts(actor));
        model.addAttribute("statuses", List.of(CommentStatus.values()));
        model.addAttribute("message", model.getAttribute("flash"));
        return "admin/comments";
    }

    /** One comment's status from its row's buttons. */
    @PostMapping("/admin/comments/{id:\\d+}/status")
    String status(
            @PathVariable long id,
            @RequestParam String to,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            RedirectAttributes flash) {
        CommentStatus target = CommentStatus.fromWire(to);
        return Flash.run(
                flash,
                CommentQuery.back(back),
                () -> comments.moderate(actor(request), List.of(id), target),
                done(target, 1));
    }

    /** The ticked comments, all moved to one status. */
    @PostMapping("/admin/comments/bulk")
    String bulk(
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            RedirectAttributes flash) {
        CommentStatus target = CommentStatus.fromWire(to);
        List<Long> chosen = ids == null ? List.of() : ids;
        return Flash.run(
                flash,
                CommentQuery.back(back),
                () -> comments.moderate(actor(request), chosen, target),
                done(target, chosen.size()));
    }

    @GetMapping("/admin/comments/{id:\\d+}/edit")
    String editForm(
            @PathVariable long id,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            Model model) {
        AdminPage frame = page(request, Messages.text("admin.comments.edit-title"));
        var c = comments.get(id);
        return edit(model, frame, c, c.text(), CommentQuery.back(back), Map.of(), null);
    }

    @PostMapping("/admin/comments/{id:\\d+}/edit")
    String edit(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        AdminPage frame = page(request, Messages.text("admin.comments.edit-title"));
        try {
            comments.edit(actor(request), id, text);
            flash.addFlashAttribute("flash", Messages.text("admin.comments.text-saved", id));
            return "redirect:" + CommentQuery.back(back);
        } catch (InvalidInputException | ConflictException e) {
            return edit(
                    model,
                    frame,
                    comments.get(id),
                    text,
                    CommentQuery.back(back),
                    TaxonomyPages.errors(e),
                    TaxonomyPages.NOT_SAVED);
        }
    }

    @GetMapping("/admin/comments/rules")
    String rules(HttpServletRequest request, Model model) {
        AdminPage frame = page(request, Messages.text("admin.comments.rules-title"));
        CommentPolicy p = policies.current();
        return rules(
                model,
                frame,
                p,
                String.join("\n", p.blockedWords()),
                String.join("\n", p.blockedAddresses()),
                String.valueOf(p.maxLinks()),
                Map.of(),
                (String) model.getAttribute("flash"));
    }

    @PostMapping("/admin/comments/rules")
    String saveRules(
            @RequestParam(defaultValue = "") String blockedWords,
            @RequestParam(defaultValue = "") String blockedAddresses,
            @RequestParam(defaultValue = "") String maxLinks,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        AdminPage frame = page(request, Messages.text("admin.comments.rules-title"));
        try {
            policies.save(actor(request), blockedWords, blockedAddresses, number(maxLinks));
            flash.addFlashAttribute("flash", Messages.text("admin.comments.rules-saved"));
            return "redirect:/admin/comments/rules";
        } catch (InvalidInputException | ConflictException e) {
            return rules(
                    model,
                    frame,
                    policies.current(),
                    blockedWords,
                    blockedAddresses,
                    maxLinks,
                    TaxonomyPages.errors(e),
                    TaxonomyPages.NOT_SAVED);
        }
    }

    private String edit(
            Model model,
            AdminPage frame,
            com.nashir.comment.Comment c,
            String text,
            String back,
            Map<String, String> errors,
            String message) {
        model.addAttribute("page", frame);
        model.addAttribute("comment", c);
        model.addAttribute("text", text);
        model.addAttribute("back", back);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        return "admin/comment-edit";
    }

    private String rules(
            Model model,
            AdminPage frame,
            CommentPolicy saved,
            String words,
            String addresses,
            String maxLinks,
            Map<String, String> errors,
            String message) {
        model.addAttribute("page", frame);
        model.addAttribute("saved", saved);
        model.addAttribute("words", words);
        model.addAttribute("addresses", addresses);
        model.addAttribute("maxLinks", maxLinks);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        return "admin/comment-rules";
    }

    private AdminPage page(HttpServletRequest request, String title) {
        AdminPage page = pages.page(request, title, "comments");
        if (!page.can(Permission.MODERATE)) {
            throw new ForbiddenException("editor", Messages.text("admin.comments.forbidden"));
        }
        return page;
    }

    /**
     * What a moderation did, the verb agreeing with its subject: one comment is masculine singular
     * ("نُشر التعليق"), the chosen ones (a plural of things) feminine singular ("نُشرت التعليقات
     * المختارة"). No "under the article": a bulk action may touch comments of several articles.
     */
    static String done(CommentStatus to, int n) {
        if (to == null) {
            return "";
        }
        if (n == 1) {
            return switch (to) {
                case APPROVED -> Messages.text("admin.comments.one.approved");
                case REJECTED -> Messages.text("admin.comments.one.rejected");
                case SPAM -> Messages.text("admin.comments.one.spam");
                case PENDING -> Messages.text("admin.comments.one.pending");
                case DELETED -> Messages.text("admin.comments.one.deleted");
            };
        }
        String what =
                Messages.text("admin.comments.selected", ArabicCount.of(n, CountedNoun.COMMENT, DigitStyle.WESTERN));
        return switch (to) {
            case APPROVED -> Messages.text("admin.comments.many.approved", what);
            case REJECTED -> Messages.text("admin.comments.many.rejected", what);
            case SPAM -> Messages.text("admin.comments.many.spam", what);
            case PENDING -> Messages.text("admin.comments.many.pending", what);
            case DELETED -> Messages.text("admin.comments.many.deleted", what);
        };
    }

    private static Integer number(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }
}
