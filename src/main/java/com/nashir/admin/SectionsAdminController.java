package com.nashir.admin;

import com.nashir.section.Section;
import com.nashir.section.SectionRepository;
import com.nashir.section.SectionService;
import com.nashir.system.ConflictException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.PageOf;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sections for editors: the list in menu order with article counts, create, edit, delete. */
@Controller
class SectionsAdminController {
    private static final TaxonomyKind KIND = TaxonomyKind.SECTION;

    private final TaxonomyPages pages;
    private final SectionRepository sections;
    private final SectionService service;

    SectionsAdminController(TaxonomyPages pages, SectionRepository sections, SectionService service) {
        this.pages = pages;
        this.sections = sections;
        this.service = service;
    }

    @GetMapping("/admin/sections")
    String list(HttpServletRequest request, Model model) {
        return list(request, model, TaxonomyForm.empty(), Map.of(), TaxonomyPages.flash(model));
    }

    @PostMapping("/admin/sections")
    String create(
            @ModelAttribute TaxonomyForm form, HttpServletRequest request, Model model, RedirectAttributes flash) {
        pages.page(request, KIND.plural(), KIND);
        try {
            Section s = service.create(TaxonomyPages.actor(request), form.toSection());
            flash.addFlashAttribute("flash", Messages.text("admin.sections.added", s.name()));
            return "redirect:" + KIND.path();
        } catch (InvalidInputException | ConflictException e) {
            return list(request, model, form, TaxonomyPages.errors(e), TaxonomyPages.NOT_SAVED);
        }
    }

    @GetMapping("/admin/sections/{id:\\d+}")
    String edit(@PathVariable long id, HttpServletRequest request, Model model) {
        Section s = find(id);
        return edit(request, model, s, TaxonomyForm.of(s), Map.of(), TaxonomyPages.flash(model));
    }

    @PostMapping("/admin/sections/{id:\\d+}")
    String save(
            @PathVariable long id,
            @ModelAttribute TaxonomyForm form,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        pages.page(request, KIND.plural(), KIND);
        Section current = find(id);
        try {
            Section s = service.update(TaxonomyPages.actor(request), id, form.toSection());
            flash.addFlashAttribute("flash", Messages.text("admin.sections.saved", s.name()));
            return "redirect:" + KIND.path();
        } catch (InvalidInputException | ConflictException e) {
            return edit(request, model, current, form, TaxonomyPages.errors(e), TaxonomyPages.NOT_SAVED);
        }
    }

    /** Refused, with the reason on the list page, while articles are in the section. */
    @PostMapping("/admin/sections/{id:\\d+}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        pages.page(request, KIND.plural(), KIND);
        Section s = find(id);
        return Flash.run(
                flash,
                KIND.path(),
                () -> service.delete(TaxonomyPages.actor(request), id),
                Messages.text("admin.sections.deleted", s.name()));
    }

    private String list(
            HttpServletRequest request, Model model, TaxonomyForm form, Map<String, String> errors, String message) {
        AdminPage page = pages.page(request, KIND.plural(), KIND);
        Map<Long, Long> counts = sections.articleCounts();
        List<TaxonomyRow> rows = sections.findAll().stream()
                .map(s -> new TaxonomyRow(
                        s.id(),
                        s.name(),
                        s.slug(),
                        KIND.publicUrl(s.slug()),
                        counts.getOrDefault(s.id(), 0L),
                        Messages.text(
                                s.inMenu() ? "admin.sections.position" : "admin.sections.position-off-menu",
                                page.fmt().number(s.position()))))
                .toList();
        var panel = new TaxonomyPanel(
                KIND, new PageOf<>(rows, 1, Math.max(rows.size(), 1), rows.size()), null, form, errors);
        return pages.list(model, page, List.of(panel), TaxonomyChoices.none(), message);
    }

    private String edit(
            HttpServletRequest request,
            Model model,
            Section s,
            TaxonomyForm form,
            Map<String, String> errors,
            String message) {
        AdminPage page = pages.page(request, Messages.text("admin.sections.edit-title", s.name()), KIND);
        return pages.edit(
                model,
                page,
                KIND,
                s.id(),
                s.slug(),
                sections.articleCounts().getOrDefault(s.id(), 0L),
                form,
                errors,
                TaxonomyChoices.none(),
                message);
    }

    private Section find(long id) {
        return sections.findById(id)
                .orElseThrow(() -> new NotFoundException(Messages.text("admin.sections.not-found")));
    }
}
