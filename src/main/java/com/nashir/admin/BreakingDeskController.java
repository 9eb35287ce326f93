package com.nashir.admin;

import com.nashir.access.Permission;
import com.nashir.breaking.BreakingItem;
import com.nashir.breaking.BreakingNews;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Breaking news ("عاجل") for editors: post an item, edit its text, link or expiry, end it early,
 * delete it. Every change reaches open public pages live (see live/LiveBreakingServlet).
 */
@Controller
class BreakingDeskController {
    private static final DateTimeFormatter LOCAL_MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
    private final AdminPages pages;
    private final BreakingNews breaking;
    private final java.time.Clock clock;

    BreakingDeskController(AdminPages pages, BreakingNews breaking, java.time.Clock clock) {
        this.pages = pages;
        this.breaking = breaking;
        this.clock = clock;
    }

    @GetMapping("/admin/breaking")
    String list(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        AdminPage frame = desk(request, Messages.text("admin.breaking.title"));
        model.addAttribute("page", frame);
        model.addAttribute("current", breaking.current());
        model.addAttribute("all", breaking.all(Math.max(1, page), 30));
        model.addAttribute("now", clock.instant());
        model.addAttribute("message", model.getAttribute("flash"));
        return "admin/breaking";
    }

    @PostMapping("/admin/breaking")
    String post(
            @RequestParam String text,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String expiresAt,
            HttpServletRequest request,
            RedirectAttributes flash) {
        String finalExpires =
                offsetTime(expiresAt, pages.page(request, "", null).site().zone());
        return Flash.run(
                flash,
                "/admin/breaking",
                () -> breaking.post(actor(request), new BreakingNews.BreakingInput(text, url, finalExpires)),
                Messages.text("admin.breaking.posted"));
    }

    @GetMapping("/admin/breaking/{id:\\d+}/edit")
    String edit(@PathVariable long id, HttpServletRequest request, Model model) {
        AdminPage frame = desk(request, Messages.text("admin.breaking.edit-title"));
        BreakingItem item = breaking.get(id);
        String expires = localTime(item.expiresAt(), frame.site().zone());
        return editForm(model, frame, item, item.text(), item.url(), expires, Map.of(), TaxonomyPages.flash(model));
    }

    /**
     * Saves an edit. The expiry field comes back as it was shown unless the editor changed it; an
     * unchanged field keeps the stored expiry, so an ended item's text can be corrected without
     * reviving it (a new expiry must lie in the future).
     */
    @PostMapping("/admin/breaking/{id:\\d+}")
    String save(
            @PathVariable long id,
            @RequestParam String text,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String expiresAt,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash) {
        AdminPage frame = desk(request, Messages.text("admin.breaking.edit-title"));
        BreakingItem item = breaking.get(id);
        ZoneId zone = frame.site().zone();
        boolean unchanged =
                expiresAt == null || expiresAt.isBlank() || expiresAt.strip().equals(localTime(item.expiresAt(), zone));
        String expires = unchanged ? null : offsetTime(expiresAt, zone);
        try {
            breaking.update(actor(request), id, new BreakingNews.BreakingInput(text, url, expires));
            flash.addFlashAttribute("flash", Messages.text("admin.breaking.saved"));
            return "redirect:/admin/breaking";
        } catch (InvalidInputException e) {
            return editForm(model, frame, item, text, url, expiresAt, TaxonomyPages.errors(e), TaxonomyPages.NOT_SAVED);
        }
    }

    @PostMapping("/admin/breaking/{id:\\d+}/end")
    String end(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(
                flash,
                "/admin/breaking",
                () -> breaking.end(actor(request), id),
                Messages.text("admin.breaking.ended"));
    }

    @PostMapping("/admin/breaking/{id:\\d+}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(
                flash,
                "/admin/breaking",
                () -> breaking.delete(actor(request), id),
                Messages.text("admin.breaking.deleted"));
    }

    private AdminPage desk(HttpServletRequest request, String title) {
        AdminPage frame = pages.page(request, title, "breaking");
        if (!frame.can(Permission.MANAGE_BREAKING)) {
            throw new ForbiddenException("editor", Messages.text("admin.breaking.forbidden"));
        }
        return frame;
    }

    private static String editForm(
            Model model,
            AdminPage frame,
            BreakingItem item,
            String text,
            String url,
            String expiresAt,
            Map<String, String> errors,
            String message) {
        model.addAttribute("page", frame);
        model.addAttribute("item", item);
        model.addAttribute("text", text);
        model.addAttribute("url", url == null ? "" : url);
        model.addAttribute("expiresAt", expiresAt == null ? "" : expiresAt);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        return "admin/breaking-edit";
    }

    /** A datetime-local value ("2024-06-17T10:30") in the site's zone; empty for none. */
    static String localTime(Instant t, ZoneId zone) {
        return t == null ? "" : LOCAL_MINUTES.format(t.atZone(zone));
    }

    /** The form's local time as ISO-8601 with the site's offset; unparsable text is passed on for the service to refuse. */
    private static String offsetTime(String local, ZoneId zone) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip())
                    .atZone(zone)
                    .toOffsetDateTime()
                    .toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }

    private static com.nashir.access.Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }
}
