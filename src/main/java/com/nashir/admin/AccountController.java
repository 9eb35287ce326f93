package com.nashir.admin;

import com.nashir.access.Actor;
import com.nashir.arabic.ArabicPunctuation;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.user.ApiTokens;
import com.nashir.user.User;
import com.nashir.user.UserService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own account, whatever their role: display name and email, their
 * password (the current one is required), and their personal API tokens, whose secret is shown
 * once, on the page right after it is made.
 */
@Controller
class AccountController {
    private static final String BACK = "/admin/account";

    private final AdminPages pages;
    private final UserService users;
    private final ApiTokens tokens;
    private final SessionRenewal renewal;

    AccountController(AdminPages pages, UserService users, ApiTokens tokens, SessionRenewal renewal) {
        this.pages = pages;
        this.users = users;
        this.tokens = tokens;
        this.renewal = renewal;
    }

    @GetMapping(BACK)
    String show(HttpServletRequest request, Model model) {
        AdminPage page = pages.page(request, Messages.text("admin.account.title"), "account");
        model.addAttribute("page", page);
        model.addAttribute("user", users.get(page.me().userId()));
        model.addAttribute("tokens", tokens.listFor(page.me().userId()));
        model.addAttribute("minPassword", UserService.MIN_PASSWORD);
        model.addAttribute("message", model.getAttribute("flash"));
        model.addAttribute("secret", model.getAttribute("secret"));
        return "admin/account";
    }

    @PostMapping(BACK + "/profile")
    String profile(
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String email,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return Flash.run(
                flash,
                BACK,
                () -> {
                    User updated = users.updateOwnProfile(actor(request), email, displayName);
                    renewal.renew(updated, request, response, false);
                },
                Messages.text("admin.account.profile-saved"));
    }

    /** The new password is typed twice; a mismatch is caught here, before the service sees it. */
    @PostMapping(BACK + "/password")
    String password(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String repeatPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            flash.addFlashAttribute("flash", Messages.text("admin.account.password-mismatch"));
            return "redirect:" + BACK;
        }
        Actor actor = actor(request);
        try {
            users.changeOwnPassword(actor, currentPassword, newPassword);
        } catch (InvalidInputException e) {
            // Say every mistake at once (wrong current password and too short a new one).
            flash.addFlashAttribute(
                    "flash",
                    Messages.text(
                            "admin.account.password-refused",
                            e.errors().stream()
                                    .map(InvalidInputException.FieldError::message)
                                    .collect(Collectors.joining(ArabicPunctuation.CLAUSE_SEPARATOR))));
            return "redirect:" + BACK;
        }
        renewal.renew(users.get(actor.userId()), request, response, true);
        flash.addFlashAttribute("flash", Messages.text("admin.account.password-changed"));
        return "redirect:" + BACK;
    }

    @PostMapping(BACK + "/tokens")
    String createToken(
            @RequestParam(required = false) String name, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(
                flash,
                BACK,
                () -> {
                    Actor actor = actor(request);
                    flash.addFlashAttribute("secret", tokens.issue(actor, users.get(actor.userId()), name));
                },
                Messages.text("admin.account.token-created"));
    }

    @PostMapping(BACK + "/tokens/{id:\\d+}/revoke")
    String revokeToken(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(flash, BACK, () -> tokens.revoke(actor(request), id), Messages.text("admin.token.revoked"));
    }

    private static Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }
}
