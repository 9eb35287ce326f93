package com.nashir.admin;

import com.nashir.author.Author;
import com.nashir.author.AuthorRepository;
import com.nashir.author.BylineService;
import com.nashir.author.Desk;
import com.nashir.author.DeskRepository;
import com.nashir.system.ConflictException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.PageOf;
import com.nashir.user.User;
import com.nashir.user.UserRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bylines for editors, on one page: authors (people; a guest writer has no account, a staff
 * writer is linked to theirs) and desks (names without a person). Create, edit, delete each.
 */
@Controller
class AuthorsAdminController {
    private static final int PAGE = 50;

    private final TaxonomyPages pages;
    private final AuthorRepository authors;
    private final DeskRepository desks;
    private final UserRepository users;
    private final BylineService service;

    AuthorsAdminController(
            TaxonomyPages pages,
            AuthorRepository authors,
            DeskRepository desks,
            UserRepository users,
            BylineService service) {
        this.pages = pages;
        this.authors = authors;
        this.desks = desks;
        this.users = users;
        this.service = service;
    }

    @GetMapping("/admin/authors")
    String list(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        return list(request, model, page, null, Map.of(), TaxonomyPages.flash(model));
    }

    @PostMapping("/admin/authors")
    String createAuthor(
            @ModelAttribute TaxonomyForm form, HttpServletRequest request, Model model, RedirectAttributes flash) {
        pages.page(request, "", TaxonomyKind.AUTHOR);
        try {
            Author a = service.createAuthor(TaxonomyPages.actor(request), form.toAuthor());
            flash.addFlashAttribute("flash", Messages.text("admin.authors.author-added", a.name()));
            return "redirect:" + TaxonomyKind.AUTHOR.path();
        } catch (InvalidInputException | ConflictException e) {
            return list(
                    request,
                    model,
                    1,
                    new Refused(TaxonomyKind.AUTHOR, form),
                    TaxonomyPages.errors(e),
                    TaxonomyPages.NOT_SAVED);
        }
    }

    @PostMapping("/admin/desks")
    String createDesk(
            @ModelAttribute TaxonomyForm form, HttpServletRequest request, Model model, RedirectAttributes flash) {
        pages.page(request, "", TaxonomyKind.DESK);
        try {
            Desk d = service.createDesk(TaxonomyPages.actor(request), form.toDesk());
            flash.addFlashAttribute("flash", Messages.text("admin.authors.desk-added", d.name()));
            return "redirect:" + TaxonomyKind.AUTHOR.path();
        } catch (InvalidInputException | ConflictException e) {
            return list(
                    request,
                    model,
                    1,
                    new Refused(TaxonomyKind.DESK, form),
                    TaxonomyPages.errors(e),
                    TaxonomyPages.NOT_SAVED);
        }
    }

    @GetMapping("/admin/authors/{id:\\d+}")
    String editAuthor(@PathVariable long id, HttpServletRequest request, Model model) {
        Author a = author(id);
        String username = service.linkedUser(id).map(User::username).orElse(null);
        return editAuthor(request, model, a, TaxonomyForm.of(a, username), Map.of(), TaxonomyPages.flash(model));
    }

    @PostMapping("/admin/authors/{id:\\d+}")
    String saveAuthor(
            @PathVariable long id,
            @ModelAttribute TaxonomyForm form,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        pages.page(request, "", TaxonomyKind.AUTHOR);
        Author current = author(id);
        try {
            Author a = service.updateAuthor(TaxonomyPages.actor(request), id, form.toAuthor());
            flash.addFlashAttribute("flash", Messages.text("admin.authors.author-saved", a.name()));
            return "redirect:" + TaxonomyKind.AUTHOR.path();
        } catch (InvalidInputException | ConflictException e) {
            return editAuthor(request, model, current, form, TaxonomyPages.errors(e), TaxonomyPages.NOT_SAVED);
        }
    }

    /** Refused while the author signs articles; a linked account stays and is only unlinked. */
    @PostMapping("/admin/authors/{id:\\d+}/delete")
    String deleteAuthor(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        pages.page(request, "", TaxonomyKind.AUTHOR);
        Author a = author(id);
        return Flash.run(
                flash,
                TaxonomyKind.AUTHOR.path(),
                () -> service.deleteAuthor(TaxonomyPages.actor(request), id),
                Messages.text("admin.authors.author-deleted", a.name()));
    }

    @GetMapping("/admin/desks/{id:\\d+}")
    String editDesk(@PathVariable long id, HttpServletRequest request, Model model) {
        Desk d = desk(id);
        return editDesk(request, model, d, TaxonomyForm.of(d), Map.of(), TaxonomyPages.flash(model));
    }

    @PostMapping("/admin/desks/{id:\\d+}")
    String saveDesk(
            @PathVariable long id,
            @ModelAttribute TaxonomyForm form,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        pages.page(request, "", TaxonomyKind.DESK);
        Desk current = desk(id);
        try {
            Desk d = service.updateDesk(TaxonomyPages.actor(request), id, form.toDesk());
            flash.addFlashAttribute("flash", Messages.text("admin.authors.desk-saved", d.name()));
            return "redirect:" + TaxonomyKind.AUTHOR.path();
        } catch (InvalidInputException | ConflictException e) {
            return editDesk(request, model, current, form, TaxonomyPages.errors(e), TaxonomyPages.NOT_SAVED);
        }
    }

    @PostMapping("/admin/desks/{id:\\d+}/delete")
    String deleteDesk(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        pages.page(request, "", TaxonomyKind.DESK);
        Desk d = desk(id);
        return Flash.run(
                flash,
                TaxonomyKind.AUTHOR.path(),
                () -> service.deleteDesk(TaxonomyPages.actor(request), id),
                Messages.text("admin.authors.desk-deleted", d.name()));
    }

    /** The form a refused create came from, to show again with its values. */
    private record Refused(TaxonomyKind kind, TaxonomyForm form) {}

    private String list(
            HttpServletRequest request,
            Model model,
            int pageNumber,
            Refused refused,
            Map<String, String> errors,
            String message) {
        AdminPage page = pages.page(request, Messages.text("admin.authors.title"), TaxonomyKind.AUTHOR);
        int p = Math.max(1, pageNumber);
        List<Author> found = authors.findPage(PageOf.offset(p, PAGE), PAGE);
        Map<Long, Long> authorCounts =
                authors.articleCounts(found.stream().map(Author::id).toList());
        Map<Long, String> accounts = users.findAll().stream()
                .filter(u -> u.authorId() != null)
                .collect(Collectors.toMap(User::authorId, User::username, (a, b) -> a));
        List<TaxonomyRow> authorRows = found.stream()
                .map(a -> new TaxonomyRow(
                        a.id(),
                        a.name(),
                        a.slug(),
                        TaxonomyKind.AUTHOR.publicUrl(a.slug()),
                        authorCounts.getOrDefault(a.id(), 0L),
                        accounts.containsKey(a.id())
                                ? Messages.text("admin.authors.account", accounts.get(a.id()))
                                : Messages.text("admin.authors.guest")))
                .toList();
        Map<Long, Long> deskCounts = desks.articleCounts();
        List<TaxonomyRow> deskRows = desks.findAll().stream()
                .map(d -> new TaxonomyRow(
                        d.id(),
                        d.name(),
                        d.slug(),
                        TaxonomyKind.DESK.publicUrl(d.slug()),
                        deskCounts.getOrDefault(d.id(), 0L),
                        ""))
                .toList();
        Function<TaxonomyKind, TaxonomyForm> form =
                k -> refused != null && refused.kind() == k ? refused.form() : TaxonomyForm.empty();
        Function<TaxonomyKind, Map<String, String>> fieldErrors =
                k -> refused != null && refused.kind() == k ? errors : Map.of();
        List<TaxonomyPanel> panels = List.of(
                new TaxonomyPanel(
                        TaxonomyKind.AUTHOR,
                        new PageOf<>(authorRows, p, PAGE, authors.count()),
                        null,
                        form.apply(TaxonomyKind.AUTHOR),
                        fieldErrors.apply(TaxonomyKind.AUTHOR)),
                new TaxonomyPanel(
                        TaxonomyKind.DESK,
                        new PageOf<>(deskRows, 1, Math.max(deskRows.size(), 1), deskRows.size()),
                        null,
                        form.apply(TaxonomyKind.DESK),
                        fieldErrors.apply(TaxonomyKind.DESK)));
        return pages.list(model, page, panels, pages.authorChoices(), message);
    }

    private String editAuthor(
            HttpServletRequest request,
            Model model,
            Author a,
            TaxonomyForm form,
            Map<String, String> errors,
            String message) {
        AdminPage page =
                pages.page(request, Messages.text("admin.authors.author-title", a.name()), TaxonomyKind.AUTHOR);
        return pages.edit(
                model,
                page,
                TaxonomyKind.AUTHOR,
                a.id(),
                a.slug(),
                authors.articleCounts(List.of(a.id())).getOrDefault(a.id(), 0L),
                form,
                errors,
                pages.authorChoices(),
                message);
    }

    private String editDesk(
            HttpServletRequest request,
            Model model,
            Desk d,
            TaxonomyForm form,
            Map<String, String> errors,
            String message) {
        AdminPage page = pages.page(request, Messages.text("admin.authors.desk-title", d.name()), TaxonomyKind.DESK);
        return pages.edit(
                model,
                page,
                TaxonomyKind.DESK,
                d.id(),
                d.slug(),
                desks.articleCounts().getOrDefault(d.id(), 0L),
                form,
                errors,
                TaxonomyChoices.none(),
                message);
    }

    private Author author(long id) {
        return authors.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("author.not-found")));
    }

    private Desk desk(long id) {
        return desks.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("author.desk.not-found")));
    }
}
