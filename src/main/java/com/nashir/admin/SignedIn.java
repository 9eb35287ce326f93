package com.nashir.admin;

import com.nashir.user.Actor;
import com.nashir.user.Role;
import com.nashir.user.User;
import java.io.Serializable;
import java.time.Instant;

/** The person behind an admin session, as stored in it. */
public record SignedIn(long userId, String username, String displayName, Role role, Instant signedInAt) implements Serializable {

    static SignedIn of(User u, Instant now) {
        return new SignedIn(u.id(), u.username(), u.displayName(), u.role(), now);
    }

    public Actor actor(String address) {
        return new Actor(userId, displayName, role, address == null ? "" : address);
    }
}
