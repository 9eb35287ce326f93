package com.nashir.admin;

import com.nashir.access.Permission;
import com.nashir.audit.AuditLog;
import com.nashir.system.ForbiddenException;
import com.nashir.system.Messages;
import com.nashir.user.UserRepository;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for admins: newest first, a page at a time, filtered by action and by who acted. */
@Controller
class AuditController {
    private static final int PAGE = 50;

    private final AdminPages pages;
    private final AuditLog audit;
    private final UserRepository users;

    AuditController(AdminPages pages, AuditLog audit, UserRepository users) {
        this.pages = pages;
        this.audit = audit;
        this.users = users;
    }

    /** Parameters are read as text, so a hand-edited address shows the first page rather than an error. */
    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String page,
            HttpServletRequest request,
            Model model) {
        AdminPage frame = pages.page(request, Messages.text("admin.audit.title"), "audit");
        if (!frame.can(Permission.VIEW_AUDIT)) {
            throw new ForbiddenException("admin", Messages.text("admin.audit.forbidden"));
        }
        AuditQuery query = new AuditQuery(action == null ? "" : action.strip(), number(user));
        int pageNumber = (int) Math.min(Math.max(1, number(page) == null ? 1 : number(page)), 100_000);
        model.addAttribute("page", frame);
        model.addAttribute(
                "entries", audit.page(new AuditLog.Filter(query.action(), query.userId()), pageNumber, PAGE));
        model.addAttribute("users", users.findAll());
        model.addAttribute("query", query);
        return "admin/audit";
    }

    private static Long number(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 18) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
