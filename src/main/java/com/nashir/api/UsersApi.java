package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.audit.AuditLog;
import com.nashir.system.Messages;
import com.nashir.system.PageOf;
import com.nashir.user.ApiTokens;
import com.nashir.user.User;
import com.nashir.user.UserRepository;
import com.nashir.user.UserService;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts (admins), the caller's own account and tokens, and the audit log. */
@RestController
class UsersApi {
    private final UserService users;
    private final UserRepository userRows;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final ApiShapes shapes;

    UsersApi(UserService users, UserRepository userRows, ApiTokens tokens, AuditLog audit, ApiShapes shapes) {
        this.users = users;
        this.userRows = userRows;
        this.tokens = tokens;
        this.audit = audit;
        this.shapes = shapes;
    }

    record Enabled(Boolean enabled) {}

    record Password(String password) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    record TokenRequest(String name) {}

    @GetMapping("/api/v1/users")
    Map<String, Object> list(Actor actor) {
        actor.require(Permission.MANAGE_USERS);
        var all = userRows.findAll().stream().map(this::user).toList();
        return ApiShapes.page(all, 1, Math.max(all.size(), 1), all.size());
    }

    @PostMapping("/api/v1/users")
    ResponseEntity<Map<String, Object>> create(Actor actor, @RequestBody UserService.NewUser body) {
        User u = users.create(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/users/" + u.id())).body(user(u));
    }

    @GetMapping("/api/v1/users/{id:\\d+}")
    Map<String, Object> get(Actor actor, @PathVariable long id) {
        actor.require(Permission.MANAGE_USERS);
        return user(users.get(id));
    }

    @PatchMapping("/api/v1/users/{id:\\d+}")
    Map<String, Object> update(Actor actor, @PathVariable long id, @RequestBody UserService.UserChange body) {
        return user(users.update(actor, id, body));
    }

    @PostMapping("/api/v1/users/{id:\\d+}/password")
    ResponseEntity<Void> resetPassword(Actor actor, @PathVariable long id, @RequestBody Password body) {
        users.resetPassword(actor, id, body.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/users/{id:\\d+}/enabled")
    Map<String, Object> setEnabled(Actor actor, @PathVariable long id, @RequestBody Enabled body) {
        return user(users.setEnabled(actor, id, !Boolean.FALSE.equals(body.enabled())));
    }

    /** An admin makes a token for someone (e.g. a newsroom tool's account); shown once. */
    @PostMapping("/api/v1/users/{id:\\d+}/tokens")
    ResponseEntity<Map<String, Object>> tokenFor(Actor actor, @PathVariable long id, @RequestBody TokenRequest body) {
        actor.require(Permission.MANAGE_USERS);
        User owner = users.get(id);
        String token = tokens.issue(actor, owner, body.name());
        return ResponseEntity.status(201).body(Map.of("name", body.name().strip(), "token", token));
    }

    @GetMapping("/api/v1/me")
    Map<String, Object> me(Actor actor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", actor.name());
        m.put("role", actor.role().wire());
        m.put("userId", actor.userId());
        return m;
    }

    @PostMapping("/api/v1/me/password")
    ResponseEntity<Void> changePassword(Actor actor, @RequestBody PasswordChange body) {
        users.changeOwnPassword(actor, body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/me/tokens")
    Map<String, Object> myTokens(Actor actor) {
        var items = actor.userId() == null
                ? java.util.List.<Map<String, Object>>of()
                : tokens.listFor(actor.userId()).stream()
                        .map(t -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", t.id());
                            m.put("name", t.name());
                            m.put("createdAt", shapes.time(t.createdAt()));
                            m.put("revokedAt", shapes.time(t.revokedAt()));
                            m.put("lastUsedAt", shapes.time(t.lastUsedAt()));
                            return m;
                        })
                        .toList();
        return ApiShapes.page(items, 1, Math.max(items.size(), 1), items.size());
    }

    /** A new personal token, shown once in the answer. */
    @PostMapping("/api/v1/me/tokens")
    ResponseEntity<Map<String, Object>> createToken(Actor actor, @RequestBody TokenRequest body) {
        if (actor.userId() == null) {
            throw new com.nashir.system.InvalidInputException("Authorization", Messages.text("api.token.users-only"));
        }
        String token = tokens.issue(actor, users.get(actor.userId()), body.name());
        return ResponseEntity.status(201).body(Map.of("name", body.name().strip(), "token", token));
    }

    @DeleteMapping("/api/v1/me/tokens/{id:\\d+}")
    ResponseEntity<Void> revokeToken(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/audit")
    Map<String, Object> audit(
            Actor actor, @RequestParam(required = false) String page, @RequestParam(required = false) String perPage) {
        actor.require(Permission.VIEW_AUDIT);
        Paging p = Paging.of(page, perPage);
        PageOf<AuditLog.Entry> entries = audit.page(p.page(), p.perPage());
        var items = entries.items().stream()
                .map(e -> Map.<String, Object>of(
                        "id",
                        e.id(),
                        "at",
                        shapes.time(e.at()),
                        "actor",
                        e.actor(),
                        "action",
                        e.action(),
                        "target",
                        e.target(),
                        "detail",
                        e.detail(),
                        "address",
                        e.address()))
                .toList();
        return ApiShapes.page(items, p.page(), p.perPage(), entries.total());
    }

    private Map<String, Object> user(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("username", u.username());
        m.put("email", u.email());
        m.put("displayName", u.displayName());
        m.put("role", u.role().wire());
        m.put("enabled", u.enabled());
        m.put("authorId", u.authorId());
        m.put("createdAt", shapes.time(u.createdAt()));
        m.put("lastLoginAt", shapes.time(u.lastLoginAt()));
        return m;
    }
}
