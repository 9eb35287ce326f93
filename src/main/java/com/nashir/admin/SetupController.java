package com.nashir.admin;

import com.nashir.setup.SiteSetup;
import com.nashir.site.SiteSettingsStore;
import com.nashir.system.ConflictException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.user.User;
import com.nashir.user.UserService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The setup page of a new site ({@value #PATH}): while no account exists, the newsroom leads
 * here; the setup code from the start-up log, the site's name and the first admin's name, email
 * and password create that admin, who is signed in and taken to the dashboard. Afterwards the
 * page is gone (410) and a post to it is refused (409). A client that asks for JSON gets
 * problem+json refusals, as from the API.
 */
@Controller
class SetupController {
    static final String PATH = "/admin/setup";

    private final SiteSetup setup;
    private final AdminPages pages;
    private final SiteSettingsStore settings;
    private final SessionRenewal sessions;
    private final UserService users;

    SetupController(
            SiteSetup setup, AdminPages pages, SiteSettingsStore settings, SessionRenewal sessions, UserService users) {
        this.setup = setup;
        this.pages = pages;
        this.settings = settings;
        this.sessions = sessions;
        this.users = users;
    }

    @GetMapping(PATH)
    Object show(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        if (!setup.open()) {
            return refused(request, HttpStatus.GONE, SiteSetup.CLOSED);
        }
        return form(request, SetupForm.initial(settings.current().name()), Map.of(), null, HttpStatus.OK);
    }

    @PostMapping(PATH)
    Object complete(@ModelAttribute SetupForm form, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        User admin;
        try {
            admin = setup.complete(form.toInput(), request.getRemoteAddr());
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            if (wantsJson(request)) {
                return problem(
                        HttpStatus.BAD_REQUEST,
                        Messages.text("admin.setup.invalid-title"),
                        e.errors().get(0).message(),
                        e.errors().get(0).field(),
                        errors,
                        request);
            }
            return form(request, form.withoutPasswords(), errors, TaxonomyPages.NOT_SAVED, HttpStatus.BAD_REQUEST);
        } catch (ConflictException e) {
            return refused(request, HttpStatus.CONFLICT, e.getMessage());
        }
        request.getSession(true);
        sessions.renew(admin, request, response, true);
        users.loggedIn(admin, request.getRemoteAddr(), "setup");
        if (wantsJson(request)) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .cacheControl(CacheControl.noStore())
                    .location(java.net.URI.create("/admin"))
                    .body(Map.of(
                            "username",
                            admin.username(),
                            "email",
                            admin.email(),
                            "role",
                            admin.role().wire()));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(java.net.URI.create("/admin?welcome"))
                .build();
    }

    private ModelAndView form(
            HttpServletRequest request, SetupForm form, Map<String, String> errors, String message, HttpStatus status) {
        var mav = new ModelAndView("admin/setup");
        mav.setStatus(status);
        mav.addObject("page", pages.page(request, Messages.text("admin.setup.title"), "setup"));
        mav.addObject("form", form);
        mav.addObject("errors", errors);
        mav.addObject("message", message);
        mav.addObject("minPassword", UserService.MIN_PASSWORD);
        return mav;
    }

    private Object refused(HttpServletRequest request, HttpStatus status, String message) {
        if (wantsJson(request)) {
            return problem(status, Messages.text("admin.setup.done-title"), message, null, Map.of(), request);
        }
        var mav = new ModelAndView("admin/setup-done");
        mav.setStatus(status);
        mav.addObject("page", pages.page(request, Messages.text("admin.setup.done-title"), "setup"));
        mav.addObject("message", message);
        return mav;
    }

    private static ResponseEntity<Map<String, Object>> problem(
            HttpStatus status,
            String title,
            String detail,
            String field,
            Map<String, String> errors,
            HttpServletRequest request) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put("title", title);
        p.put("status", status.value());
        p.put("detail", detail);
        if (field != null) {
            p.put("field", field);
        }
        if (!errors.isEmpty()) {
            List<Map<String, String>> list = errors.entrySet().stream()
                    .map(e -> Map.of("field", e.getKey(), "message", e.getValue()))
                    .toList();
            p.put("errors", list);
        }
        p.put("instance", request.getRequestURI());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore())
                .body(p);
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null
                && (accept.contains("application/json") || accept.contains("application/problem+json"))
                && !accept.contains("text/html");
    }
}
