package com.nashir.admin;

import com.nashir.access.Permission;
import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.site.SiteSettingsService;
import com.nashir.site.SiteSettingsService.StoredSettings;
import com.nashir.system.ConflictException;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site settings page (admins): name, tagline, logo, time zone, how dates and digits are
 * written, Hijri date, when comments close, listing page size. A save shows on the public site at
 * once on this node and within about a second on the others.
 */
@Controller
class SettingsController {
    private static final int LOGO_CHOICES = 24;
    /** Suggested in the zone field; any zone the JDK knows is accepted. */
    static final List<String> ZONES = List.of(
            "Asia/Damascus",
            "Asia/Beirut",
            "Asia/Amman",
            "Asia/Hebron",
            "Asia/Baghdad",
            "Asia/Riyadh",
            "Asia/Kuwait",
            "Asia/Qatar",
            "Asia/Bahrain",
            "Asia/Dubai",
            "Asia/Muscat",
            "Asia/Aden",
            "Africa/Cairo",
            "Africa/Khartoum",
            "Africa/Tripoli",
            "Africa/Tunis",
            "Africa/Algiers",
            "Africa/Casablanca",
            "Africa/Nouakchott",
            "Europe/Istanbul",
            "Europe/London",
            "UTC");

    private final AdminPages pages;
    private final SiteSettingsService settings;
    private final MediaLibrary media;
    private final Clock clock;

    SettingsController(AdminPages pages, SiteSettingsService settings, MediaLibrary media, Clock clock) {
        this.pages = pages;
        this.settings = settings;
        this.media = media;
        this.clock = clock;
    }

    @GetMapping("/admin/settings")
    String show(HttpServletRequest request, Model model) {
        AdminPage page = page(request);
        StoredSettings stored = settings.read(TaxonomyPages.actor(request));
        return form(model, page, stored, SettingsForm.of(stored.values()), Map.of(), TaxonomyPages.flash(model));
    }

    @PostMapping("/admin/settings")
    String save(@ModelAttribute SettingsForm form, HttpServletRequest request, Model model, RedirectAttributes flash) {
        AdminPage page = page(request);
        try {
            settings.save(TaxonomyPages.actor(request), form.toInput());
            flash.addFlashAttribute("flash", Messages.text("admin.settings.saved"));
            return "redirect:/admin/settings";
        } catch (InvalidInputException | ConflictException e) {
            StoredSettings stored = settings.read(TaxonomyPages.actor(request));
            return form(model, page, stored, form, TaxonomyPages.errors(e), TaxonomyPages.NOT_SAVED);
        }
    }

    private AdminPage page(HttpServletRequest request) {
        AdminPage page = pages.page(request, Messages.text("admin.settings.title"), "settings");
        if (!page.can(Permission.MANAGE_SETTINGS)) {
            throw new ForbiddenException("admin", Messages.text("admin.settings.forbidden"));
        }
        return page;
    }

    private String form(
            Model model,
            AdminPage page,
            StoredSettings stored,
            SettingsForm form,
            Map<String, String> errors,
            String message) {
        model.addAttribute("page", page);
        model.addAttribute("stored", stored);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        model.addAttribute("logos", logos(stored));
        model.addAttribute("zones", ZONES);
        model.addAttribute("now", clock.instant());
        return "admin/settings";
    }

    /** Recent images, and the current logo even when it is older than those. */
    private List<MediaItem> logos(StoredSettings stored) {
        List<MediaItem> items =
                new ArrayList<>(media.search("", 1, LOGO_CHOICES).items());
        Long current = stored.values().logoMediaId();
        if (current != null && items.stream().noneMatch(m -> m.id() == current)) {
            try {
                items.add(0, media.get(current));
            } catch (NotFoundException e) {
                // deleted since: the page offers the others
            }
        }
        return items;
    }
}
