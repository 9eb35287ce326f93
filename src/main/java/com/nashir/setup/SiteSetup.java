package com.nashir.setup;

import com.nashir.access.Actor;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.audit.AuditLog;
import com.nashir.site.SiteSettingsService;
import com.nashir.system.ConflictException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.Validation;
import com.nashir.user.LoginThrottle;
import com.nashir.user.User;
import com.nashir.user.UserService;
import com.nashir.user.UserService.NewUser;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-time setup of a new site, as WordPress and Ghost do it: while the site has no account,
 * whoever holds the setup code (printed in the start-up log of every node) names the site and
 * creates the first admin. The first admin created wins, on any node: creating one locks the
 * {@code site_setup} row, so two setups at the same moment make exactly one admin and the other
 * is refused. The create-admin command takes the same lock and closes the setup too.
 */
@Service
public class SiteSetup {
    /** The setup page's fields; the admin's username is made from the email (they may sign in with either). */
    public record SetupInput(
            String code, String siteName, String displayName, String email, String password, String passwordAgain) {}

    public static final String CLOSED = Messages.text("setup.closed");
    static final String BUSY = Messages.text("setup.busy");

    private final SiteSetupRows rows;
    private final UserService users;
    private final SiteSettingsService settings;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    /** Once the site is set up it stays so: no more queries per newsroom request. */
    private volatile boolean done;

    SiteSetup(
            SiteSetupRows rows,
            UserService users,
            SiteSettingsService settings,
            LoginThrottle throttle,
            AuditLog audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.rows = rows;
        this.users = users;
        this.settings = settings;
        this.throttle = throttle;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the site still waits for its first admin: no account exists and the setup was never completed. */
    public boolean open() {
        if (done) {
            return false;
        }
        boolean closed = rows.read().completed() || rows.anyAccount();
        if (closed) {
            done = true;
        }
        return !closed;
    }

    /**
     * The setup code while the site is open, for the start-up log. The first node to ask makes it;
     * every other node reads the same one, so the code from any node's log works on all of them.
     */
    public Optional<String> code() {
        if (!open()) {
            return Optional.empty();
        }
        rows.offerCode(SetupCodes.generate());
        return Optional.ofNullable(rows.read().code());
    }

    /**
     * Names the site and creates its first admin, who is returned (the caller signs them in).
     * Every mistake is reported at once before anything is written; a wrong code counts as a
     * failed login for the address. Refused with a {@link ConflictException} once the site is set up.
     */
    public User complete(SetupInput in, String address) {
        String throttleKey = "setup@" + address;
        throttle.waitFor(throttleKey, address).ifPresent(wait -> {
            throw new InvalidInputException(
                    "code",
                    Messages.text(
                            "setup.code.throttled",
                            ArabicCount.after(Math.max(1, wait.toSeconds()), CountedNoun.SECOND, DigitStyle.WESTERN)));
        });
        if (!open()) {
            throw new ConflictException(null, CLOSED);
        }
        NewUser admin =
                new NewUser(usernameFrom(in.email()), in.email(), in.displayName(), in.password(), "admin", null);
        boolean codeOk = SetupCodes.matches(rows.read().code(), in.code());
        Validation v = new Validation();
        v.require(
                codeOk,
                "code",
                SetupCodes.normalize(in.code()).isEmpty()
                        ? Messages.text("setup.code.required")
                        : Messages.text("setup.code.wrong"));
        SiteSettingsService.checkName(in.siteName(), "siteName", v);
        users.check(admin, v);
        v.require(
                Objects.equals(in.password(), in.passwordAgain()),
                "passwordAgain",
                Messages.text("setup.password.mismatch"));
        if (!codeOk) {
            throttle.failed(throttleKey, address);
        }
        v.throwIfInvalid();
        User created;
        try {
            created = tx.execute(status -> {
                var locked = rows.lock();
                // Another setup (this node or another) may have won while this one was checked.
                if (locked.completed() || rows.anyAccount() || !SetupCodes.matches(locked.code(), in.code())) {
                    throw new ConflictException(null, CLOSED);
                }
                User user = users.createFirstAdmin(admin, Actor.system("setup").from(address));
                Actor actor = user.actor().from(address);
                settings.rename(actor, in.siteName());
                rows.complete(clock.instant());
                audit.record(actor, "site.setup", "site", "admin " + user.username());
                return user;
            });
        } catch (PessimisticLockingFailureException e) {
            // The row stayed locked past the database's lock timeout: another setup is being written.
            throw new ConflictException(null, BUSY);
        }
        done = true;
        throttle.succeeded(throttleKey, address);
        return created;
    }

    /**
     * The create-admin command: an admin made from the command line, for scripted installs (and
     * for a newsroom that lost its last admin password). It closes the setup page as well.
     */
    public User adminFromCommandLine(NewUser in) {
        return tx.execute(status -> {
            rows.lock();
            User user = users.createFirstAdmin(in, Actor.system("cli"));
            rows.complete(clock.instant());
            return user;
        });
    }

    /** "Rana.Halabi+news@example.org" → "rana.halabi"; "admin" when the address gives nothing usable. */
    static String usernameFrom(String email) {
        String local = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = local.indexOf('@');
        local = at >= 0 ? local.substring(0, at) : local;
        int plus = local.indexOf('+');
        local = plus >= 0 ? local.substring(0, plus) : local;
        String kept = local.replaceAll("[^a-z0-9._-]", "");
        if (kept.length() > 60) {
            kept = kept.substring(0, 60);
        }
        return kept.length() >= 3 ? kept : "admin";
    }
}
