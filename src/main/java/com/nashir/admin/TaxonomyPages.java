package com.nashir.admin;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.media.MediaLibrary;
import com.nashir.system.ConflictException;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.user.UserRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the section, tag and author/desk pages share: the editor-only gate, the list and edit
 * views, and turning a refused save into messages beside the fields. The rules themselves live
 * in the feature services; the gate here only spares a writer a page whose every button would
 * be refused.
 */
@Component
class TaxonomyPages {
    static final String NOT_SAVED = Messages.text("admin.taxonomy.not-saved");
    /** Images offered on the author form; older ones are picked by number. */
    private static final int MEDIA_CHOICES = 24;

    private final AdminPages pages;
    private final MediaLibrary media;
    private final UserRepository users;

    TaxonomyPages(AdminPages pages, MediaLibrary media, UserRepository users) {
        this.pages = pages;
        this.media = media;
        this.users = users;
    }

    /** The page frame, for editors and up only. */
    AdminPage page(HttpServletRequest request, String title, TaxonomyKind kind) {
        AdminPage page = pages.page(request, title, kind.menu());
        if (!page.can(Permission.MANAGE_TAXONOMY)) {
            throw new ForbiddenException("editor", Messages.text("admin.taxonomy.forbidden"));
        }
        return page;
    }

    String list(Model model, AdminPage page, List<TaxonomyPanel> panels, TaxonomyChoices choices, String message) {
        model.addAttribute("page", page);
        model.addAttribute("panels", panels);
        model.addAttribute("choices", choices);
        model.addAttribute("message", message);
        return "admin/taxonomy";
    }

    /** One item's page: its form, its article count and the delete button. */
    String edit(
            Model model,
            AdminPage page,
            TaxonomyKind kind,
            long id,
            String slug,
            long articles,
            TaxonomyForm form,
            Map<String, String> errors,
            TaxonomyChoices choices,
            String message) {
        model.addAttribute("page", page);
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("publicUrl", kind.publicUrl(slug));
        model.addAttribute("articles", articles);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", choices);
        model.addAttribute("message", message);
        return "admin/taxonomy-edit";
    }

    TaxonomyChoices authorChoices() {
        return new TaxonomyChoices(media.search("", 1, MEDIA_CHOICES).items(), users.findAll());
    }

    /** Field → message for a refused save; a clash with what is stored is shown at its field too. */
    static Map<String, String> errors(RuntimeException e) {
        Map<String, String> m = new LinkedHashMap<>();
        if (e instanceof InvalidInputException invalid) {
            invalid.errors().forEach(err -> m.putIfAbsent(err.field(), err.message()));
        } else if (e instanceof ConflictException conflict) {
            m.put(conflict.field(), conflict.getMessage());
        }
        return m;
    }

    static Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }

    static String flash(Model model) {
        return (String) model.getAttribute("flash");
    }
}
