package com.nashir.admin;

import com.nashir.access.Actor;
import com.nashir.access.Role;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.audit.AuditLog;
import com.nashir.system.Messages;
import com.nashir.user.LoginThrottle;
import com.nashir.user.User;
import com.nashir.user.UserService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a newsroom login (username or email, BCrypt password) with throttling per account and
 * per address, and writes every attempt to the audit log. Messages are for people, in Arabic.
 */
@Component
class NewsroomLogin implements AuthenticationProvider {
    private static final Logger log = LoggerFactory.getLogger(NewsroomLogin.class);
    static final String BAD_CREDENTIALS = Messages.text("admin.login.bad-credentials");

    private final UserService users;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    NewsroomLogin(UserService users, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = String.valueOf(authentication.getName()).strip();
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        Optional<Duration> wait = throttle.waitFor(login, address);
        if (wait.isPresent()) {
            throw new LockedException(Messages.text(
                    "admin.login.throttled",
                    ArabicCount.after(Math.max(1, wait.get().toSeconds()), CountedNoun.SECOND, DigitStyle.WESTERN)));
        }
        Optional<User> user = users.verify(login, password).filter(User::enabled);
        if (user.isEmpty()) {
            throttle.failed(login, address);
            log.warn("Failed admin login for '{}' from {}", com.nashir.system.LogValues.safe(login), address);
            audit.record(
                    new Actor(null, com.nashir.system.LogValues.safe(login), Role.CONTRIBUTOR, address),
                    "login.failed",
                    "admin",
                    "");
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        throttle.succeeded(login, address);
        User u = user.get();
        users.loggedIn(u, address, "admin");
        return authentication(SignedIn.of(u, clock.instant()));
    }

    /** The session's authentication for a signed-in person (also used when their session is renewed). */
    static Authentication authentication(SignedIn signedIn) {
        return UsernamePasswordAuthenticationToken.authenticated(
                signedIn,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + signedIn.role().name())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
