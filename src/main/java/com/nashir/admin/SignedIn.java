package com.nashir.admin;

import com.nashir.access.Actor;
import com.nashir.access.Role;
import com.nashir.user.User;
import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;

/**
 * The person behind an admin session, as stored in it (serialized into the shared session table).
 * A {@link Principal} so the session table indexes it by username rather than by this record's
 * whole text.
 */
public record SignedIn(long userId, String username, String displayName, Role role, Instant signedInAt)
        implements Serializable, Principal {

    @Override
    public String getName() {
        return username;
    }

    static SignedIn of(User u, Instant now) {
        return new SignedIn(u.id(), u.username(), u.displayName(), u.role(), now);
    }

    public Actor actor(String address) {
        return new Actor(userId, displayName, role, address == null ? "" : address);
    }
}
