package com.nashir.user;

import com.nashir.access.Actor;
import com.nashir.access.Role;
import java.time.Instant;

/**
 * A newsroom account. {@code authorId} links it to the author profile it signs with, if any;
 * {@code lastLoginAt} is null until the first successful login.
 */
public record User(
        long id,
        String username,
        String email,
        String displayName,
        Role role,
        boolean enabled,
        Long authorId,
        Instant createdAt,
        Instant passwordChangedAt,
        Instant lastLoginAt) {

    public Actor actor() {
        return new Actor(id, displayName, role, "");
    }
}
