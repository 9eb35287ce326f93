package com.nashir.admin;

import com.nashir.breaking.BreakingNews;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.NotFoundException;
import com.nashir.user.Permission;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Breaking news ("عاجل") for editors: post an item, end it early, delete it. */
@Controller
class BreakingDeskController {
    private final AdminPages pages;
    private final BreakingNews breaking;

    BreakingDeskController(AdminPages pages, BreakingNews breaking) {
        this.pages = pages;
        this.breaking = breaking;
    }

    @GetMapping("/admin/breaking")
    String list(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        AdminPage frame = pages.page(request, "الأخبار العاجلة", "breaking");
        if (!frame.can(Permission.MANAGE_BREAKING)) {
            throw new ForbiddenException("editor", "الأخبار العاجلة تتطلب دور محرر أو أعلى");
        }
        model.addAttribute("page", frame);
        model.addAttribute("current", breaking.current());
        model.addAttribute("all", breaking.all(Math.max(1, page), 30));
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("message", model.getAttribute("flash"));
        return "admin/breaking";
    }

    @PostMapping("/admin/breaking")
    String post(@RequestParam String text, @RequestParam(required = false) String url, @RequestParam(required = false) String expiresAt,
                HttpServletRequest request, RedirectAttributes flash) {
        var zone = pages.page(request, "", null).site().zone();
        String expires = null;
        if (expiresAt != null && !expiresAt.isBlank()) {
            try {
                expires = LocalDateTime.parse(expiresAt.strip()).atZone(zone).toOffsetDateTime().toString();
            } catch (DateTimeParseException e) {
                expires = expiresAt;
            }
        }
        String finalExpires = expires;
        return Flash.run(flash, "/admin/breaking", () -> breaking.post(actor(request), new BreakingNews.BreakingInput(text, url, finalExpires)),
                "نُشر الخبر العاجل.");
    }

    @PostMapping("/admin/breaking/{id:\\d+}/end")
    String end(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(flash, "/admin/breaking", () -> breaking.end(actor(request), id), "انتهى الخبر العاجل واختفى من الموقع.");
    }

    @PostMapping("/admin/breaking/{id:\\d+}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(flash, "/admin/breaking", () -> breaking.delete(actor(request), id), "حُذف الخبر العاجل.");
    }


    private static com.nashir.user.Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }
}
