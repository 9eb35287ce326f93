package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.OtherNode;
import com.nashir.testing.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one database, as behind a round-robin balancer: a newsroom session started on one
 * is served by the other (sessions live in the database), and a logout, a disabled account or a
 * changed role on one node ends the session on the other at its next request.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsTwoNodesIT {
    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Autowired
    JdbcClient jdbc;

    ConfigurableApplicationContext node2;
    Http http;
    Newsroom people;

    @BeforeAll
    void startSecondNode() {
        node2 = OtherNode.start(env);
    }

    @AfterAll
    void stopSecondNode() {
        node2.close();
    }

    @BeforeEach
    void accounts() {
        http = new Http(port);
        people = new Newsroom(http);
    }

    @Test
    void aSessionStartedOnOneNodeIsServedByTheOtherAndItsFormsWork() {
        String editor = people.account("editor");
        WebSession one = new WebSession(port);
        assertThat(one.login(editor, people.password())
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");
        WebSession two = one.on(OtherNode.port(node2));

        HttpResponse<String> dashboard = two.get("/admin");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("مستخدم editor");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(editor)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // A form rendered on node 2 (its CSRF token is in the shared session) is accepted by node 1.
        String token = two.csrf("/admin/breaking");
        var posted = one.post("/admin/logout", Map.of("_csrf", token), "/admin", false);
        assertThat(posted.headers().firstValue("Location").orElse("")).contains("/admin/login?out");
        assertThat(location(two.get("/admin"))).contains("/admin/login");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(editor)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void disablingAnAccountOnOneNodeEndsItsSessionOnTheOther() {
        long id = people.user("writer");
        String username = http.api("GET", "/api/v1/users/" + id, null)
                .json()
                .get("username")
                .asString();
        WebSession two = new WebSession(OtherNode.port(node2));
        two.login(username, people.password());
        assertThat(two.get("/admin").statusCode()).isEqualTo(200);

        assertThat(http.api("POST", "/api/v1/users/" + id + "/enabled", "{\"enabled\": false}")
                        .status())
                .isEqualTo(200);
        assertThat(location(two.get("/admin"))).contains("/admin/login?ended");
        assertThat(location(two.on(port).get("/admin"))).contains("/admin/login");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void changingARoleOnOneNodeEndsTheSessionOnTheOther() {
        long id = people.user("editor");
        String username = http.api("GET", "/api/v1/users/" + id, null)
                .json()
                .get("username")
                .asString();
        WebSession one = new WebSession(port);
        one.login(username, people.password());
        WebSession two = one.on(OtherNode.port(node2));
        assertThat(two.get("/admin").statusCode()).isEqualTo(200);

        var changed = http.api("PATCH", "/api/v1/users/" + id, "{\"role\": \"writer\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(location(two.get("/admin"))).contains("/admin/login?ended");
        assertThat(location(one.get("/admin"))).contains("/admin/login");
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }
}
