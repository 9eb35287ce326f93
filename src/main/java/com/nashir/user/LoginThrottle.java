package com.nashir.user;

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
 * Slows down password guessing, per account and per address. After {@link #ACCOUNT_FREE}
 * failures on one account, or {@link #ADDRESS_FREE} from one address (a newsroom behind one NAT
 * address must not lock itself out), each further attempt waits a growing delay: 2, 4, 8 …
 * seconds, at most 15 minutes. A success clears the account's count, not the address's (one
 * valid account must not let an attacker reset it). Kept in the database so every node sees
 * the same counts.
 */
@Service
public class LoginThrottle {
    static final int ACCOUNT_FREE = 5;
    static final int ADDRESS_FREE = 20;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long a login for this account from this address must still wait, if at all. */
    public Optional<Duration> waitFor(String login, String address) {
        return waitFor(accountKey(login), ACCOUNT_FREE).or(() -> waitFor(addressKey(address), ADDRESS_FREE));
    }

    /** Counted in a transaction of its own: the caller's, refused and rolled back, must not take the count with it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String login, String address) {
        count(accountKey(login));
        count(addressKey(address));
    }

    public void succeeded(String login) {
        jdbc.sql("delete from login_failure where throttle_key = ?").param(accountKey(login)).update();
    }

    private Optional<Duration> waitFor(String key, int free) {
        return jdbc.sql("select failures, last_failure_at from login_failure where throttle_key = ?").param(key)
                .query((rs, n) -> {
                    Instant until = Sql.instant(rs, "last_failure_at").plus(delay(rs.getInt("failures"), free));
                    Duration left = Duration.between(clock.instant(), until);
                    return left.isNegative() ? Duration.ZERO : left;
                })
                .optional().filter(d -> !d.isZero());
    }

    private void count(String key) {
        Instant now = clock.instant();
        if (increment(key, now) == 0) {
            try {
                jdbc.sql("insert into login_failure (throttle_key, failures, last_failure_at) values (?, 1, ?)").params(key, Sql.param(now)).update();
            } catch (DuplicateKeyException e) {
                increment(key, now); // another attempt inserted the row first: count this one on it
            }
        }
    }

    private int increment(String key, Instant now) {
        return jdbc.sql("update login_failure set failures = failures + 1, last_failure_at = ? where throttle_key = ?")
                .params(Sql.param(now), key).update();
    }

    static Duration delay(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        Duration d = Duration.ofSeconds(1L << Math.min(failures - free + 1, 10));
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private static String accountKey(String login) {
        String l = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return "account:" + (l.length() > 200 ? l.substring(0, 200) : l);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
