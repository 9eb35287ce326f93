package com.nashir.user;

import com.nashir.system.Sql;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Slows down password guessing, per account and per address: after {@link #FREE_FAILURES}
 * failures each further attempt must wait a growing delay (2, 4, 8 … seconds, at most 15
 * minutes). Kept in the database so every node sees the same counts.
 */
@Service
public class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long this key must still wait before the next attempt, if at all. */
    public Optional<Duration> waitFor(String key) {
        return jdbc.sql("select failures, last_failure_at from login_failure where throttle_key = ?").param(key)
                .query((rs, n) -> {
                    int failures = rs.getInt("failures");
                    Instant until = Sql.instant(rs, "last_failure_at").plus(delay(failures));
                    Duration left = Duration.between(clock.instant(), until);
                    return left.isNegative() || left.isZero() ? Duration.ZERO : left;
                })
                .optional().filter(d -> !d.isZero());
    }

    public void failed(String key) {
        Instant now = clock.instant();
        int updated = jdbc.sql("update login_failure set failures = failures + 1, last_failure_at = ? where throttle_key = ?")
                .params(Sql.param(now), key).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into login_failure (throttle_key, failures, last_failure_at) values (?, 1, ?)").params(key, Sql.param(now)).update();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // Another attempt inserted the row first: count this one on it.
                jdbc.sql("update login_failure set failures = failures + 1, last_failure_at = ? where throttle_key = ?")
                        .params(Sql.param(now), key).update();
            }
        }
    }

    public void succeeded(String key) {
        jdbc.sql("delete from login_failure where throttle_key = ?").param(key).update();
    }

    static Duration delay(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - FREE_FAILURES + 1, 10);
        Duration d = Duration.ofSeconds(1L << exponent);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }
}
