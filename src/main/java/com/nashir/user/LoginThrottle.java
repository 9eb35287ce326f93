package com.nashir.user;

import com.nashir.system.ClientAddresses;
import com.nashir.system.Sql;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock an account's owner out. Counted per
 * account and address together ({@link #PAIR_FREE} free failures), per address ({@link #ADDRESS_FREE};
 * an IPv6 /64 counts as one address, and a newsroom behind one NAT address must not lock itself
 * out), and per account ({@link #ACCOUNT_FREE}, to slow guessing spread over many addresses); past
 * them each attempt waits a growing delay: 2, 4, 8 … seconds, at most 15 minutes. The account-wide
 * delay does not apply to an address the account has logged in from before: failures elsewhere
 * cannot keep the real person out. An account is one however it is named: its username and its
 * email count together. A success clears the account's and the pair's counts, not the address's.
 * Kept in the database so every node sees the same counts.
 */
@Service
public class LoginThrottle {
    static final int PAIR_FREE = 5;
    static final int ACCOUNT_FREE = 10;
    static final int ADDRESS_FREE = 20;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final UserRepository users;

    LoginThrottle(JdbcClient jdbc, Clock clock, UserRepository users) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.users = users;
    }

    /** How long a login for this account from this address must still wait, if at all. */
    public Optional<Duration> waitFor(String login, String address) {
        String account = accountKey(login);
        String from = ClientAddresses.limitKey(address);
        Optional<Duration> wait =
                waitFor(pairKey(account, from), PAIR_FREE).or(() -> waitFor("address:" + from, ADDRESS_FREE));
        if (wait.isPresent() || known(account, from)) {
            return wait;
        }
        return waitFor(account, ACCOUNT_FREE);
    }

    /** Counted in a transaction of its own: the caller's, refused and rolled back, must not take the count with it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String login, String address) {
        String account = accountKey(login);
        String from = ClientAddresses.limitKey(address);
        count(pairKey(account, from));
        count("address:" + from);
        count(account);
    }

    /** A login succeeded: its counts are cleared and its address is known to the account from now on. */
    public void succeeded(String login, String address) {
        String account = accountKey(login);
        String from = ClientAddresses.limitKey(address);
        jdbc.sql("delete from login_failure where throttle_key in (?, ?)")
                .params(account, pairKey(account, from))
                .update();
        Instant now = clock.instant();
        if (jdbc.sql("update login_known_address set last_success_at = ? where account_key = ? and address = ?")
                        .params(Sql.param(now), account, cut(from))
                        .update()
                == 0) {
            try {
                jdbc.sql("insert into login_known_address (account_key, address, last_success_at) values (?, ?, ?)")
                        .params(account, cut(from), Sql.param(now))
                        .update();
            } catch (DuplicateKeyException e) {
                // the same login on another node a moment ago: known either way
            }
        }
    }

    private boolean known(String account, String address) {
        return jdbc.sql("select count(*) from login_known_address where account_key = ? and address = ?")
                        .params(account, cut(address))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Optional<Duration> waitFor(String key, int free) {
        return jdbc.sql("select failures, last_failure_at from login_failure where throttle_key = ?")
                .param(key)
                .query((rs, n) -> {
                    Instant until = Sql.instant(rs, "last_failure_at").plus(delay(rs.getInt("failures"), free));
                    Duration left = Duration.between(clock.instant(), until);
                    return left.isNegative() ? Duration.ZERO : left;
                })
                .optional()
                .filter(d -> !d.isZero());
    }

    private void count(String key) {
        Instant now = clock.instant();
        if (increment(key, now) == 0) {
            try {
                jdbc.sql("insert into login_failure (throttle_key, failures, last_failure_at) values (?, 1, ?)")
                        .params(key, Sql.param(now))
                        .update();
            } catch (DuplicateKeyException e) {
                increment(key, now); // another attempt inserted the row first: count this one on it
            }
        }
    }

    private int increment(String key, Instant now) {
        return jdbc.sql("update login_failure set failures = failures + 1, last_failure_at = ? where throttle_key = ?")
                .params(Sql.param(now), key)
                .update();
    }

    static Duration delay(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        Duration d = Duration.ofSeconds(1L << Math.min(failures - free + 1, 10));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /** One key per account, whichever of its names was typed; a name no account has is counted as typed. */
    private String accountKey(String login) {
        String l = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty() || l.length() > 200) {
            return "account:" + cut(l);
        }
        return users.findByLogin(l).map(u -> "account:#" + u.id()).orElse("account:" + l);
    }

    private static String pairKey(String account, String address) {
        return "pair:" + cut(address) + "|" + account;
    }

    private static String cut(String s) {
        return s.length() > 90 ? s.substring(0, 90) : s;
    }
}
