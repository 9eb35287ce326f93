package com.nashir.user;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.access.Role;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.audit.AuditLog;
import com.nashir.system.ConflictException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.Validation;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creating them, roles, passwords (BCrypt), disabling. */
@Service
public class UserService {
    public static final int MIN_PASSWORD = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final PasswordEncoder PASSWORDS = new BCryptPasswordEncoder(11);
    /** Checked against when no account has the name: a hash of a random secret at the same cost, which nothing matches. */
    private static final String UNKNOWN_ACCOUNT_HASH =
            PASSWORDS.encode(java.util.UUID.randomUUID() + "-" + System.nanoTime());

    private final UserRepository users;
    private final AuthorSlugs authors;
    private final AuditLog audit;
    private final Clock clock;
    private final LoginThrottle throttle;

    UserService(UserRepository users, AuthorSlugs authors, AuditLog audit, Clock clock, LoginThrottle throttle) {
        this.users = users;
        this.authors = authors;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** A new account; {@code authorSlug} links it to an existing author profile (optional). */
    public record NewUser(
            String username, String email, String displayName, String password, String role, String authorSlug) {}

    public record UserChange(String email, String displayName, String role, String authorSlug) {}

    @Transactional
    public User create(Actor actor, NewUser in) {
        actor.require(Permission.MANAGE_USERS);
        return createUnchecked(actor, in);
    }

    /**
     * An admin account made when there is nobody yet to ask: by the site's setup page or the
     * create-admin command ({@code by} names which, for the audit log). The caller
     * ({@code setup.SiteSetup}) decides whether that is still allowed.
     */
    @Transactional
    public User createFirstAdmin(NewUser in, Actor by) {
        return createUnchecked(
                by, new NewUser(in.username(), in.email(), in.displayName(), in.password(), "admin", null));
    }

    /**
     * Adds every mistake in a new account's fields to {@code v} and writes nothing, so a form that
     * asks for more than an account (the setup page) can report all its mistakes at once.
     */
    public void check(NewUser in, Validation v) {
        String username = lower(in.username());
        String email = lower(in.email());
        v.require(
                        USERNAME.matcher(username).matches(),
                        "username",
                        Messages.text(
                                "user.username.invalid",
                                ArabicCount.after(60, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .require(
                        EMAIL.matcher(email).matches() && email.length() <= 200,
                        "email",
                        Messages.text("user.email.invalid"))
                .require(
                        Validation.present(in.displayName())
                                && in.displayName().strip().length() <= 200,
                        "displayName",
                        Messages.text(
                                "user.display-name.required",
                                ArabicCount.after(200, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .require(Role.fromWire(lower(in.role())) != null, "role", Messages.text("user.role.invalid"));
        checkPassword(in.password(), "password", v);
    }

    private User createUnchecked(Actor actor, NewUser in) {
        String username = lower(in.username());
        String email = lower(in.email());
        Role role = Role.fromWire(lower(in.role()));
        Validation v = new Validation();
        check(in, v);
        Long authorId = authorId(in.authorSlug(), v);
        v.throwIfInvalid();
        if (users.findByLogin(username).isPresent()) {
            throw new ConflictException("username", Messages.text("user.username.taken"));
        }
        if (users.findByLogin(email).isPresent()) {
            throw new ConflictException("email", Messages.text("user.email.taken"));
        }
        long id = users.insert(
                username,
                email,
                in.displayName().strip(),
                PASSWORDS.encode(in.password()),
                role,
                authorId,
                clock.instant());
        audit.record(actor, "user.create", "user " + username, "role=" + role.wire());
        return users.findById(id).orElseThrow();
    }

    @Transactional
    public User update(Actor actor, long id, UserChange in) {
        actor.require(Permission.MANAGE_USERS);
        User current = get(id);
        String email = lower(in.email() == null ? current.email() : in.email());
        Role role = in.role() == null ? current.role() : Role.fromWire(lower(in.role()));
        String name = in.displayName() == null
                ? current.displayName()
                : in.displayName().strip();
        Validation v = new Validation()
                .require(EMAIL.matcher(email).matches(), "email", Messages.text("user.email.invalid"))
                .require(
                        !name.isEmpty() && name.length() <= 200,
                        "displayName",
                        Messages.text(
                                "user.display-name.required",
                                ArabicCount.after(200, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .require(role != null, "role", Messages.text("user.role.invalid"))
                .require(!(actor.isUser(id) && role != Role.ADMIN), "role", Messages.text("user.role.own-demotion"));
        Long authorId = in.authorSlug() == null
                ? current.authorId()
                : in.authorSlug().isBlank() ? null : authorId(in.authorSlug(), v);
        v.throwIfInvalid();
        users.findByLogin(email).filter(u -> u.id() != id).ifPresent(u -> {
            throw new ConflictException("email", Messages.text("user.email.taken"));
        });
        if (current.role() == Role.ADMIN && current.enabled() && role != Role.ADMIN) {
            keepAnAdmin(current, "role");
        }
        users.update(id, email, name, role, authorId);
        if (role != current.role()) {
            audit.record(
                    actor,
                    "user.role",
                    "user " + current.username(),
                    current.role().wire() + " → " + role.wire());
        }
        return get(id);
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        if (actor.userId() == null) {
            throw new InvalidInputException("password", Messages.text("user.password.none"));
        }
        String hash = users.passwordHash(actor.userId())
                .orElseThrow(() -> new NotFoundException(Messages.text("user.account.not-found")));
        // Guessing the current password from a stolen session is throttled like guessing at the login form.
        String login = get(actor.userId()).username();
        throttle.waitFor(login, actor.address()).ifPresent(wait -> {
            throw new InvalidInputException(
                    "currentPassword",
                    Messages.text(
                            "user.password.throttled",
                            ArabicCount.after(Math.max(1, wait.toSeconds()), CountedNoun.SECOND, DigitStyle.WESTERN)));
        });
        boolean known = currentPassword != null && PASSWORDS.matches(currentPassword, hash);
        if (!known) {
            throttle.failed(login, actor.address());
        }
        Validation v = new Validation().require(known, "currentPassword", Messages.text("user.password.current-wrong"));
        checkPassword(newPassword, "newPassword", v);
        v.throwIfInvalid();
        users.setPassword(actor.userId(), PASSWORDS.encode(newPassword), clock.instant());
        audit.record(actor, "user.password", "user " + get(actor.userId()).username(), "");
    }

    /** A user corrects their own display name and email (role and username stay with the admins). */
    @Transactional
    public User updateOwnProfile(Actor actor, String email, String displayName) {
        if (actor.userId() == null) {
            throw new InvalidInputException("displayName", Messages.text("user.profile.none"));
        }
        User current = get(actor.userId());
        String mail = lower(email);
        String name = displayName == null ? "" : displayName.strip();
        new Validation()
                .require(
                        EMAIL.matcher(mail).matches() && mail.length() <= 200,
                        "email",
                        Messages.text("user.email.invalid"))
                .require(
                        !name.isEmpty() && name.length() <= 200,
                        "displayName",
                        Messages.text(
                                "user.display-name.required",
                                ArabicCount.after(200, CountedNoun.CHARACTER, DigitStyle.WESTERN)))
                .throwIfInvalid();
        users.findByLogin(mail).filter(u -> u.id() != current.id()).ifPresent(u -> {
            throw new ConflictException("email", Messages.text("user.email.taken"));
        });
        users.update(current.id(), mail, name, current.role(), current.authorId());
        if (!mail.equals(current.email()) || !name.equals(current.displayName())) {
            audit.record(actor, "user.profile", "user " + current.username(), "");
        }
        return get(current.id());
    }

    /** A successful login (newsroom or API, named by {@code via}): the audit log and the account's last login. */
    @Transactional
    public void loggedIn(User user, String address, String via) {
        users.setLastLogin(user.id(), clock.instant());
        audit.record(user.actor().from(address), "login", via, "");
    }

    /** An admin sets a new password for someone; their open sessions end. */
    @Transactional
    public void resetPassword(Actor actor, long id, String newPassword) {
        actor.require(Permission.MANAGE_USERS);
        User user = get(id);
        Validation v = new Validation();
        checkPassword(newPassword, "password", v);
        v.throwIfInvalid();
        users.setPassword(id, PASSWORDS.encode(newPassword), clock.instant());
        // A reset is what follows a leak: whatever the old password let anyone make must stop working too.
        int revoked = users.revokeTokens(id, clock.instant());
        audit.record(
                actor,
                "user.password-reset",
                "user " + user.username(),
                revoked == 0 ? "" : "tokens revoked: " + revoked);
    }

    /** Disabling takes effect at once: sessions and tokens of the account stop working. */
    @Transactional
    public User setEnabled(Actor actor, long id, boolean enabled) {
        actor.require(Permission.MANAGE_USERS);
        User user = get(id);
        if (!enabled && actor.isUser(id)) {
            throw new InvalidInputException("enabled", Messages.text("user.enabled.own-disable"));
        }
        if (!enabled && user.enabled() && user.role() == Role.ADMIN) {
            keepAnAdmin(user, "enabled");
        }
        users.setEnabled(id, enabled);
        // Tokens end with the disable, so re-enabling the account does not bring back ones made before it.
        int revoked = enabled ? 0 : users.revokeTokens(id, clock.instant());
        audit.record(
                actor,
                enabled ? "user.enable" : "user.disable",
                "user " + user.username(),
                revoked == 0 ? "" : "tokens revoked: " + revoked);
        return get(id);
    }

    /**
     * Makes {@code userId} the account that signs as this author, or leaves the author without an
     * account when null (guest writers have none). Editors manage authors, so this needs
     * MANAGE_TAXONOMY; the caller has checked the account exists and signs as no other author.
     */
    @Transactional
    public void linkAuthor(Actor actor, long authorId, Long userId) {
        actor.require(Permission.MANAGE_TAXONOMY);
        Long before = users.findByAuthorId(authorId).map(User::id).orElse(null);
        if (java.util.Objects.equals(before, userId)) {
            return;
        }
        users.linkAuthor(authorId, userId);
        audit.record(
                actor,
                "author.user",
                "author " + authorId,
                (before == null ? "-" : "user " + before) + " → " + (userId == null ? "-" : "user " + userId));
    }

    public User get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("user.not-found")));
    }

    /** Checks a login; empty when the password does not match or the account is disabled. */
    public java.util.Optional<User> verify(String login, String password) {
        if (login == null || password == null || login.length() > 200 || password.length() > 200) {
            return java.util.Optional.empty();
        }
        java.util.Optional<User> user = users.findByLogin(login);
        // The same BCrypt work whether or not the name exists: the answer's time must not tell which accounts exist.
        java.util.Optional<String> stored = user.flatMap(u -> users.passwordHash(u.id()));
        boolean matches = PASSWORDS.matches(password, stored.orElse(UNKNOWN_ACCOUNT_HASH));
        return stored.isPresent() && matches ? user : java.util.Optional.empty();
    }

    /** Refuses a change that would leave no enabled admin: nobody could manage the newsroom any more. */
    private void keepAnAdmin(User leaving, String field) {
        if (users.lockEnabledAdmins().stream().noneMatch(id -> id != leaving.id())) {
            throw new InvalidInputException(field, Messages.text("user.admin.last-enabled"));
        }
    }

    private Long authorId(String slug, Validation v) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        var author = authors.idOf(slug.strip());
        v.require(author.isPresent(), "authorSlug", Messages.text("user.author.unknown", slug));
        return author.orElse(null);
    }

    private static void checkPassword(String password, String field, Validation v) {
        v.require(
                password != null && password.length() >= MIN_PASSWORD && password.length() <= 200,
                field,
                Messages.text(
                        "user.password.too-short",
                        ArabicCount.of(MIN_PASSWORD, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
