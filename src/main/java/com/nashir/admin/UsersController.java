package com.nashir.admin;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.access.Role;
import com.nashir.system.ConflictException;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.user.ApiTokens;
import com.nashir.user.StrongPasswords;
import com.nashir.user.User;
import com.nashir.user.UserRepository;
import com.nashir.user.UserService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
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

/**
 * People in the newsroom, for admins: the accounts, a new account (with a typed or generated
 * password), and per account its role, whether it may sign in, a password reset and its API
 * tokens. The rules (admins only, nobody demotes or disables themself, an admin always remains)
 * live in {@link UserService}; generated passwords are shown once, on the page after the action.
 */
@Controller
class UsersController {
    private final AdminPages pages;
    private final UserService users;
    private final UserRepository userRows;
    private final ApiTokens tokens;

    UsersController(AdminPages pages, UserService users, UserRepository userRows, ApiTokens tokens) {
        this.pages = pages;
        this.users = users;
        this.userRows = userRows;
        this.tokens = tokens;
    }

    @GetMapping("/admin/users")
    String list(HttpServletRequest request, Model model) {
        return list(request, model, UserForm.empty(), Map.of(), (String) model.getAttribute("flash"));
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute UserForm form, HttpServletRequest request, Model model, RedirectAttributes flash) {
        String password = form.generatePassword() ? StrongPasswords.generate() : form.password();
        try {
            User created = users.create(
                    actor(request),
                    new UserService.NewUser(
                            form.username(), form.email(), form.displayName(), password, form.role(), null));
            flash.addFlashAttribute("flash", Messages.text("admin.users.created"));
            if (form.generatePassword()) {
                flash.addFlashAttribute("secret", password);
            }
            return "redirect:/admin/users/" + created.id();
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            return list(
                    request, model, form.withoutPassword(), errors, Messages.text("admin.users.not-created-fields"));
        } catch (ConflictException e) {
            return list(
                    request,
                    model,
                    form.withoutPassword(),
                    Map.of(e.field(), e.getMessage()),
                    Messages.text("admin.users.not-created", e.getMessage()));
        }
    }

    @GetMapping("/admin/users/{id:\\d+}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        adminsOnly(request, "");
        User user = users.get(id);
        AdminPage frame = pages.page(request, user.displayName(), "users");
        model.addAttribute("page", frame);
        model.addAttribute("user", user);
        model.addAttribute("self", frame.me().userId() == user.id());
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("tokens", tokens.listFor(id));
        model.addAttribute("message", model.getAttribute("flash"));
        model.addAttribute("secret", model.getAttribute("secret"));
        return "admin/user";
    }

    @PostMapping("/admin/users/{id:\\d+}/role")
    String role(
            @PathVariable long id, @RequestParam String role, HttpServletRequest request, RedirectAttributes flash) {
        String done = users.get(id).role().wire().equals(role)
                ? Messages.text("admin.users.role-unchanged")
                : Messages.text("admin.users.role-changed");
        return Flash.run(
                flash,
                back(id),
                () -> users.update(actor(request), id, new UserService.UserChange(null, null, role, null)),
                done);
    }

    @PostMapping("/admin/users/{id:\\d+}/enabled")
    String enabled(
            @PathVariable long id,
            @RequestParam boolean enabled,
            HttpServletRequest request,
            RedirectAttributes flash) {
        return Flash.run(
                flash,
                back(id),
                () -> users.setEnabled(actor(request), id, enabled),
                enabled ? Messages.text("admin.users.enabled") : Messages.text("admin.users.disabled"));
    }

    /** Sets the password the admin typed, or a generated one shown once on the next page. */
    @PostMapping("/admin/users/{id:\\d+}/password")
    String resetPassword(
            @PathVariable long id,
            @RequestParam(required = false) String password,
            HttpServletRequest request,
            RedirectAttributes flash) {
        boolean generate = password == null || password.isEmpty();
        String chosen = generate ? StrongPasswords.generate() : password;
        return Flash.run(
                flash,
                back(id),
                () -> {
                    users.resetPassword(actor(request), id, chosen);
                    if (generate) {
                        flash.addFlashAttribute("secret", chosen);
                    }
                },
                Messages.text("admin.users.password-reset"));
    }

    @PostMapping("/admin/users/{id:\\d+}/tokens/{tokenId:\\d+}/revoke")
    String revokeToken(
            @PathVariable long id, @PathVariable long tokenId, HttpServletRequest request, RedirectAttributes flash) {
        return Flash.run(
                flash, back(id), () -> tokens.revoke(actor(request), tokenId), Messages.text("admin.token.revoked"));
    }

    private String list(
            HttpServletRequest request, Model model, UserForm form, Map<String, String> errors, String message) {
        model.addAttribute("page", adminsOnly(request, Messages.text("admin.users.title")));
        model.addAttribute("users", userRows.findAll());
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        return "admin/users";
    }

    private AdminPage adminsOnly(HttpServletRequest request, String title) {
        AdminPage frame = pages.page(request, title, "users");
        if (!frame.can(Permission.MANAGE_USERS)) {
            throw new ForbiddenException("admin", Messages.text("admin.users.forbidden"));
        }
        return frame;
    }

    private static String back(long id) {
        return "/admin/users/" + id;
    }

    private static Actor actor(HttpServletRequest request) {
        return AdminPages.signedIn().actor(request.getRemoteAddr());
    }
}
