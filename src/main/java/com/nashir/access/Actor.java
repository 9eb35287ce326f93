package com.nashir.access;

import com.nashir.system.ForbiddenException;
import com.nashir.system.Messages;

/**
 * Who is doing something: a user (by id), the bootstrap token, or the system itself (demo
 * loader, scheduler). Services take an Actor to check permissions and to sign revisions and
 * audit entries.
 */
public record Actor(Long userId, String name, Role role, String address) {

    public static Actor system(String name) {
        return new Actor(null, name, Role.ADMIN, "");
    }

    /** The same actor, seen coming from a network address (for the audit log). */
    public Actor from(String address) {
        return new Actor(userId, name, role, address == null ? "" : address);
    }

    public boolean can(Permission p) {
        return role.atLeast(p.least());
    }

    /** Throws a 403-worthy error naming the role the permission needs. */
    public void require(Permission p) {
        if (!can(p)) {
            throw forbidden(p.least());
        }
    }

    public boolean isUser(Long id) {
        return userId != null && userId.equals(id);
    }

    public static ForbiddenException forbidden(Role least) {
        return new ForbiddenException(least.wire(), Messages.text("access.role.required", least.label()));
    }
}
