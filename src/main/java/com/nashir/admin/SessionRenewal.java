package com.nashir.admin;

import com.nashir.user.User;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a fresh {@link SignedIn} into the current session after people change their own account.
 * Without it {@link SessionCheck} would end the very session that changed the password (the
 * password is newer than the sign-in), and the menu would keep the old name. Their other
 * sessions are not renewed, so a password change signs those out.
 */
@Component
class SessionRenewal {
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final Clock clock;

    SessionRenewal(Clock clock) {
        this.clock = clock;
    }

    /** Renews the session for {@code user} as now stored; {@code newId} also gives it a new id (after a password change). */
    void renew(User user, HttpServletRequest request, HttpServletResponse response, boolean newId) {
        if (newId) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(NewsroomLogin.authentication(SignedIn.of(user, clock.instant())));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
