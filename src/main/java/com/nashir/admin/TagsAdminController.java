package com.nashir.admin;

import com.nashir.system.ConflictException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.PageOf;
import com.nashir.tag.Tag;
import com.nashir.tag.TagRepository;
import com.nashir.tag.TagService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tags for editors: a searchable, paged list with article counts; create, edit, delete. */
@Controller
class TagsAdminController {
    private static final TaxonomyKind KIND = TaxonomyKind.TAG;
    private static final int PAGE = 50;

    private final TaxonomyPages pages;
    private final TagRepository tags;
    private final TagService service;

    TagsAdminController(TaxonomyPages pages, TagRepository tags, TagService service) {
        this.pages = pages;
        this.tags = tags;
        this.service = service;
    }

    @GetMapping("/admin/tags")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        return list(request, model, q, page, TaxonomyForm.empty(), Map.of(), TaxonomyPages.flash(model));
    }

    @PostMapping("/admin/tags")
    String create(
            @ModelAttribute TaxonomyForm form, HttpServletRequest request, Model model, RedirectAttributes flash) {
        pages.page(request, KIND.plural(), KIND);
        try {
            Tag t = service.create(TaxonomyPages.actor(request), form.toTag());
            flash.addFlashAttribute("flash", Messages.text("admin.tags.added", t.name()));
            return "redirect:" + KIND.path();
        } catch (InvalidInputException | ConflictException e) {
            return list(request, model, null, 1, form, TaxonomyPages.errors(e), TaxonomyPages.NOT_SAVED);
        }
    }

    @GetMapping("/admin/tags/{id:\\d+}")
    String edit(@PathVariable long id, HttpServletRequest request, Model model) {
        Tag t = find(id);
        return edit(request, model, t, TaxonomyForm.of(t), Map.of(), TaxonomyPages.flash(model));
    }

    @PostMapping("/admin/tags/{id:\\d+}")
    String save(
            @PathVariable long id,
            @ModelAttribute TaxonomyForm form,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        pages.page(request, KIND.plural(), KIND);
        Tag current = find(id);
        try {
            Tag t = service.update(TaxonomyPages.actor(request), id, form.toTag());
            flash.addFlashAttribute("flash", Messages.text("admin.tags.saved", t.name()));
            return "redirect:" + KIND.path();
        } catch (InvalidInputException | ConflictException e) {
            return edit(request, model, current, form, TaxonomyPages.errors(e), TaxonomyPages.NOT_SAVED);
        }
    }

    /** Refused, with the reason on the list page, while articles carry the tag. */
    @PostMapping("/admin/tags/{id:\\d+}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        pages.page(request, KIND.plural(), KIND);
        Tag t = find(id);
        return Flash.run(
                flash,
                KIND.path(),
                () -> service.delete(TaxonomyPages.actor(request), id),
                Messages.text("admin.tags.deleted", t.name()));
    }

    private String list(
            HttpServletRequest request,
            Model model,
            String q,
            int pageNumber,
            TaxonomyForm form,
            Map<String, String> errors,
            String message) {
        AdminPage page = pages.page(request, KIND.plural(), KIND);
        int p = Math.max(1, pageNumber);
        List<Tag> found = tags.search(q, PageOf.offset(p, PAGE), PAGE);
        Map<Long, Long> counts = tags.articleCounts(found.stream().map(Tag::id).toList());
        List<TaxonomyRow> rows = found.stream()
                .map(t -> new TaxonomyRow(
                        t.id(), t.name(), t.slug(), KIND.publicUrl(t.slug()), counts.getOrDefault(t.id(), 0L), ""))
                .toList();
        var panel = new TaxonomyPanel(
                KIND, new PageOf<>(rows, p, PAGE, tags.count(q)), q == null ? "" : q.strip(), form, errors);
        return pages.list(model, page, List.of(panel), TaxonomyChoices.none(), message);
    }

    private String edit(
            HttpServletRequest request,
            Model model,
            Tag t,
            TaxonomyForm form,
            Map<String, String> errors,
            String message) {
        AdminPage page = pages.page(request, Messages.text("admin.tags.edit-title", t.name()), KIND);
        return pages.edit(
                model,
                page,
                KIND,
                t.id(),
                t.slug(),
                tags.articleCounts(List.of(t.id())).getOrDefault(t.id(), 0L),
                form,
                errors,
                TaxonomyChoices.none(),
                message);
    }

    private Tag find(long id) {
        return tags.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("admin.tags.not-found")));
    }
}
