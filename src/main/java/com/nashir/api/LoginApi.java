package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.audit.AuditLog;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.user.ApiTokens;
import com.nashir.user.LoginThrottle;
import com.nashir.user.User;
import com.nashir.user.UserService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges a username (or email) and password for a personal API token, for apps and scripts.
 * The only API call without a bearer token; failed attempts are throttled per account and per
 * address and written to the audit log.
 */
@RestController
class LoginApi {
    static final String PATH = "/api/v1/auth/token";
    private static final Logger log = LoggerFactory.getLogger(LoginApi.class);

    private final UserService users;
    private final ApiTokens tokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginApi(UserService users, ApiTokens tokens, LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
    }

    record Login(String login, String password, String tokenName) {}

    @PostMapping(PATH)
    ResponseEntity<?> token(@RequestBody Login body, HttpServletRequest request) {
        if (body.login() == null || body.login().isBlank()) {
            throw new InvalidInputException("login", Messages.text("api.login.required"));
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(body.login(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            ProblemDetail p = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    Messages.text(
                            "api.login.throttled", ArabicCount.after(seconds, CountedNoun.SECOND, DigitStyle.WESTERN)));
            p.setTitle(Messages.text("api.login.throttled-title"));
            p.setProperty("field", "password");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        Optional<User> user = users.verify(body.login(), body.password());
        if (user.isEmpty() || !user.get().enabled()) {
            throttle.failed(body.login(), address);
            log.warn("Failed API login for '{}' from {}", com.nashir.system.LogValues.safe(body.login()), address);
            audit.record(
                    new Actor(
                            null,
                            com.nashir.system.LogValues.safe(body.login()),
                            com.nashir.access.Role.CONTRIBUTOR,
                            address),
                    "login.failed",
                    "api",
                    "");
            ProblemDetail p =
                    ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, Messages.text("api.login.failed"));
            p.setTitle(Messages.text("api.login.failed-title"));
            p.setProperty("field", "password");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        throttle.succeeded(body.login(), address);
        users.loggedIn(user.get(), address, "api");
        String name = body.tokenName() == null || body.tokenName().isBlank() ? "api login" : body.tokenName();
        return ResponseEntity.status(201)
                .body(Map.of(
                        "token",
                        tokens.create(user.get(), name),
                        "role",
                        user.get().role().wire()));
    }
}
