package com.nashir.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.WebSession;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 12, findings 8–11: login timing, counting, token revocation and lockout. */
@IntegrationTest
class LoginHardeningIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserService users;

    @Autowired
    LoginThrottle throttle;

    private long millis(String login, String password) {
        long[] t = new long[5];
        for (int i = 0; i < t.length; i++) {
            long start = System.nanoTime();
            users.verify(login, password);
            t[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    /** Finding 8: an unknown name costs the same BCrypt work as a wrong password (~10 ms against ~200 ms before). */
    @Test
    void anUnknownNameTakesAsLongAsAWrongPassword() {
        Newsroom n = new Newsroom(new Http(port));
        String known = n.account("writer");
        users.verify(known, "warm-up");
        long wrong = millis(known, "not-the-password");
        long unknown = millis("nobody-" + System.nanoTime(), "not-the-password");
        assertThat(unknown)
                .as("unknown %d ms, wrong password %d ms", unknown, wrong)
                .isGreaterThanOrEqualTo(wrong * 2 / 5);
    }

    /** Finding 9: one failed form login is one failure and one audit row. */
    @Test
    void aFailedFormLoginIsCountedOnce() {
        Newsroom n = new Newsroom(new Http(port));
        String name = n.account("writer");
        var r = new WebSession(port).login(name, "wrong-password-" + System.nanoTime());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'login.failed' and actor_name = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select failures from login_failure where throttle_key like 'pair:%' and throttle_key like ?")
                        .param("%|account:#"
                                + users.verify(name, n.password()).orElseThrow().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** Finding 10: a reset ends the account's tokens; re-enabling does not bring back tokens made before the disable. */
    @Test
    void aResetAndADisableEndTheTokens() {
        Http http = new Http(port);
        Newsroom n = new Newsroom(http);
        long reset = n.user("writer");
        String resetToken = n.token(reset);
        assertThat(http.apiAs(resetToken, "GET", "/api/v1/me", null).status()).isEqualTo(200);
        assertThat(http.api(
                                "POST",
                                "/api/v1/users/" + reset + "/password",
                                Http.json(Map.of("password", "كلمة-سر-جديدة-طويلة-1")))
                        .status())
                .isEqualTo(204);
        assertThat(http.apiAs(resetToken, "GET", "/api/v1/me", null).status()).isEqualTo(401);

        long disabled = n.user("writer");
        String oldToken = n.token(disabled);
        assertThat(http.api("POST", "/api/v1/users/" + disabled + "/enabled", "{\"enabled\":false}")
                        .status())
                .isEqualTo(200);
        assertThat(http.api("POST", "/api/v1/users/" + disabled + "/enabled", "{\"enabled\":true}")
                        .status())
                .isEqualTo(200);
        assertThat(http.apiAs(oldToken, "GET", "/api/v1/me", null).status()).isEqualTo(401);
        assertThat(http.apiAs(n.token(disabled), "GET", "/api/v1/me", null).status())
                .isEqualTo(200);
    }

    /** Finding 11: failures from elsewhere cannot lock the owner out, and username and email count as one account. */
    @Test
    void failuresFromOtherAddressesDoNotLockOutTheOwner() {
        Newsroom n = new Newsroom(new Http(port));
        String name = n.account("writer");
        String email = name + "@example.org";
        String home = "198.51.100.7";
        throttle.succeeded(name, home);
        for (int i = 0; i < 30; i++) {
            throttle.failed(i % 2 == 0 ? name : email.toUpperCase(), "203.0.113." + (i + 1));
        }
        assertThat(throttle.waitFor(name, home)).as("the owner's known address").isEmpty();
        assertThat(throttle.waitFor(email, "192.0.2.99"))
                .as("a new address, after 30 failures on the account")
                .isPresent();
        assertThat(throttle.waitFor(name, "192.0.2.99"))
                .as("username and email are one account")
                .isPresent();
        // The attacker's own address is slowed after a few tries at this account.
        for (int i = 0; i < 6; i++) {
            throttle.failed(name, "203.0.113.200");
        }
        assertThat(throttle.waitFor(name, "203.0.113.200")).isPresent();
    }
}
