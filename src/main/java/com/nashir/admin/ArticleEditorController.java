package com.nashir.admin;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicPunctuation;
import com.nashir.article.Article;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleService;
import com.nashir.article.ArticleStatus;
import com.nashir.author.AuthorRepository;
import com.nashir.author.DeskRepository;
import com.nashir.format.Fmt;
import com.nashir.section.SectionRepository;
import com.nashir.system.ConflictException;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.tag.TagRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article editor: writing and saving, with every mistake shown beside its field, a save that
 * lost a race kept in the form for merging, and autosave of drafts from the page's script.
 */
@Controller
class ArticleEditorController {
    private final AdminPages pages;
    private final ArticleRepository articles;
    private final ArticleService service;
    private final SectionRepository sections;
    private final DeskRepository desks;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final JsonMapper json;

    ArticleEditorController(
            AdminPages pages,
            ArticleRepository articles,
            ArticleService service,
            SectionRepository sections,
            DeskRepository desks,
            TagRepository tags,
            AuthorRepository authors,
            JsonMapper json) {
        this.authors = authors;
        this.json = json;
        this.pages = pages;
        this.articles = articles;
        this.service = service;
        this.sections = sections;
        this.desks = desks;
        this.tags = tags;
    }

    @GetMapping("/admin/articles/new")
    String newArticle(HttpServletRequest request, Model model) {
        return form(request, model, null, ArticleForm.empty(), Map.of(), null);
    }

    @GetMapping("/admin/articles/{id:\\d+}/edit")
    String edit(@PathVariable long id, HttpServletRequest request, Model model) {
        Article a = find(id);
        return form(
                request,
                model,
                a,
                ArticleForm.of(a, pages.page(request, "", null).site().zone()),
                Map.of(),
                null);
    }

    @PostMapping("/admin/articles/new")
    String create(
            @ModelAttribute ArticleForm form,
            @RequestParam(required = false) String confirmPublish,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        if (unconfirmedPublishing(null, form, confirmPublish)) {
            return confirm(request, model, null, form);
        }
        try {
            Article a = service.create(actor(request), form.toInput(zone(request)));
            flash.addFlashAttribute("flash", Messages.text("admin.article.saved"));
            return "redirect:/admin/articles/" + a.id() + "/edit";
        } catch (InvalidInputException e) {
            return form(request, model, null, form, errors(e), Messages.text("admin.article.not-saved"));
        }
    }

    @PostMapping("/admin/articles/{id:\\d+}/edit")
    String save(
            @PathVariable long id,
            @ModelAttribute ArticleForm form,
            @RequestParam(required = false) String confirmPublish,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        Article current = find(id);
        if (unconfirmedPublishing(current, form, confirmPublish)) {
            return confirm(request, model, current, form);
        }
        try {
            service.update(actor(request), current, form.toInput(zone(request)));
            flash.addFlashAttribute("flash", Messages.text("admin.article.saved"));
            return "redirect:/admin/articles/" + id + "/edit";
        } catch (InvalidInputException e) {
            return form(request, model, current, form, errors(e), Messages.text("admin.article.not-saved"));
        } catch (ConflictException e) {
            // Someone saved first: keep this person's text in the form, now against the stored version.
            Article latest = storedAfterConflict(current, form);
            ArticleForm kept = form.with(form.status(), form.minor(), latest.version());
            return form(
                    request,
                    model,
                    latest,
                    kept,
                    Map.of(),
                    Messages.text("admin.article.conflict-text-kept", e.getMessage()));
        }
    }

    /**
     * The stored article a conflicting save is shown against: the copy this save read, unless the
     * form matched it and the article could be saved, when someone else's save came in between.
     */
    private Article storedAfterConflict(Article read, ArticleForm form) {
        boolean formWasCurrent = form.version() == null || form.version() == read.version();
        return formWasCurrent && read.status() != ArticleStatus.TRASHED ? find(read.id()) : read;
    }

    /**
     * True when this save would take the article out to readers and nobody confirmed it: the page
     * then asks (the script asks in a dialog before posting, and sends the confirmation along).
     */
    private static boolean unconfirmedPublishing(Article current, ArticleForm form, String confirmPublish) {
        boolean publishing = ArticleStatus.PUBLISHED.wire().equals(form.status())
                && (current == null || current.status() != ArticleStatus.PUBLISHED);
        return publishing && !"true".equals(confirmPublish);
    }

    private String confirm(HttpServletRequest request, Model model, Article current, ArticleForm form) {
        String page = form(request, model, current, form, Map.of(), null);
        model.addAttribute("confirmPublish", true);
        return page;
    }

    /** Autosave from the editor's script: drafts only, answered in JSON. */
    @PostMapping("/admin/articles/autosave")
    ResponseEntity<Map<String, Object>> autosaveNew(@ModelAttribute ArticleForm form, HttpServletRequest request) {
        return autosave(
                request, () -> service.create(actor(request), draft(form).toInput(zone(request))));
    }

    @PostMapping("/admin/articles/{id:\\d+}/autosave")
    ResponseEntity<Map<String, Object>> autosaveExisting(
            @PathVariable long id, @ModelAttribute ArticleForm form, HttpServletRequest request) {
        Article current = find(id);
        if (current.status() != ArticleStatus.DRAFT) {
            return ResponseEntity.status(409)
                    .body(Map.of("message", Messages.text("admin.article.autosave-drafts-only")));
        }
        return autosave(
                request,
                () -> service.update(actor(request), current, draft(form).toInput(zone(request))));
    }

    private ResponseEntity<Map<String, Object>> autosave(
            HttpServletRequest request, java.util.function.Supplier<Article> save) {
        Fmt fmt = pages.page(request, "", null).fmt();
        try {
            Article a = save.get();
            return ResponseEntity.ok(Map.of(
                    "id",
                    a.id(),
                    "version",
                    a.version(),
                    "editUrl",
                    "/admin/articles/" + a.id() + "/edit",
                    "autosaveUrl",
                    "/admin/articles/" + a.id() + "/autosave",
                    "savedAt",
                    fmt.time(a.modifiedAt())));
        } catch (InvalidInputException e) {
            return ResponseEntity.status(400)
                    .body(Map.of(
                            "message",
                            fmt.message(e.errors().get(0).message()),
                            "field",
                            e.errors().get(0).field()));
        } catch (ConflictException | ForbiddenException e) {
            return ResponseEntity.status(409).body(Map.of("message", fmt.message(e.getMessage())));
        }
    }

    private static ArticleForm draft(ArticleForm f) {
        return f.with("draft", true, f.version());
    }

    private String form(
            HttpServletRequest request,
            Model model,
            Article article,
            ArticleForm form,
            Map<String, String> errors,
            String message) {
        AdminPage page = pages.page(
                request,
                article == null
                        ? Messages.text("admin.article.new-title")
                        : Messages.text("admin.article.edit-title", article.headline()),
                "articles");
        if (article != null
                && !com.nashir.article.ArticleRules.mayRead(page.me().actor(""), article)) {
            throw new ForbiddenException("editor", Messages.text("article.forbidden.edit-others"));
        }
        model.addAttribute("page", page);
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message != null ? message : (String) model.getAttribute("flash"));
        model.addAttribute("sections", sections.findAll());
        model.addAttribute("desks", desks.findAll());
        model.addAttribute(
                "tagNames", tags.findPage(0, 1000).stream().map(t -> t.name()).toList());
        model.addAttribute("statuses", allowedStatuses(page));
        model.addAttribute("chosenBylines", chosenBylines(form));
        model.addAttribute("confirmPublish", false);
        return "admin/editor";
    }

    /** The byline as the picker starts with it: [{kind, slug, name}], a desk or the authors in order. */
    private String chosenBylines(ArticleForm form) {
        List<Map<String, String>> chosen = new java.util.ArrayList<>();
        if (!"authors".equals(form.bylineType())) {
            if (form.desk() != null && !form.desk().isBlank()) {
                chosen.add(
                        Map.of("kind", "desk", "slug", "", "name", form.desk().strip()));
            }
        } else if (form.authors() != null) {
            for (String slug : form.authors().split(ArabicPunctuation.ANY_COMMA)) {
                if (!slug.isBlank()) {
                    String name = authors.findBySlug(slug.strip())
                            .map(com.nashir.author.Author::name)
                            .orElse(slug.strip());
                    chosen.add(Map.of("kind", "author", "slug", slug.strip(), "name", name));
                }
            }
        }
        return json.writeValueAsString(chosen);
    }

    private static List<ArticleStatus> allowedStatuses(AdminPage page) {
        if (page.can(Permission.PUBLISH)) {
            return List.of(
                    ArticleStatus.DRAFT,
                    ArticleStatus.REVIEW,
                    ArticleStatus.SCHEDULED,
                    ArticleStatus.PUBLISHED,
                    ArticleStatus.UNPUBLISHED);
        }
        return page.can(Permission.SUBMIT_FOR_REVIEW)
                ? List.of(ArticleStatus.DRAFT, ArticleStatus.REVIEW)
                : List.of(ArticleStatus.DRAFT);
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        e.errors().forEach(err -> m.putIfAbsent(err.field(), err.message()));
        return m;
    }

    private java.time.ZoneId zone(HttpServletRequest request) {
        return pages.page(request, "", null).site().zone();
    }

    private static Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }

    private Article find(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("article.not-found")));
    }
}
