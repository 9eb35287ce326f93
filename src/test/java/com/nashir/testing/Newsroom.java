package com.nashir.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

/** Newsroom accounts for a test: one user per role, each with its own API token. */
public final class Newsroom {
    public final String admin;
    public final String editor;
    public final String writer;
    public final String contributor;
    public final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Http http;

    public Newsroom(Http http) {
        this.http = http;
        this.admin = tokenFor("admin");
        this.editor = tokenFor("editor");
        this.writer = tokenFor("writer");
        this.contributor = tokenFor("contributor");
    }

    /** Creates a user with this role and returns a fresh token of theirs. */
    public String tokenFor(String role) {
        return token(user(role));
    }

    /** A new user with this role; returns the login name (the password is {@link #password()}). */
    public String account(String role) {
        String name = role + "-" + suffix + "-" + UUID.randomUUID().toString().substring(0, 4);
        create(name, role);
        return name;
    }

    /** A user's id and login name. */
    public record Account(long id, String login) {}

    /** A new user with this role: its id and login name (the password is {@link #password()}). */
    public Account newAccount(String role) {
        String name = role + "-" + suffix + "-" + UUID.randomUUID().toString().substring(0, 4);
        return new Account(create(name, role), name);
    }

    /** A new user with this role, signed in to the newsroom in a fresh cookie session. */
    public WebSession signIn(int port, String role) {
        String name = account(role);
        WebSession s = new WebSession(port);
        var r = s.login(name, password());
        assertThat(r.statusCode()).as("login of " + name).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return s;
    }

    public long user(String role) {
        return create(role + "-" + suffix + "-" + UUID.randomUUID().toString().substring(0, 4), role);
    }

    private long create(String name, String role) {
        var created = http.api(
                "POST",
                "/api/v1/users",
                Http.json(Map.of(
                        "username",
                        name,
                        "email",
                        name + "@example.org",
                        "displayName",
                        "مستخدم " + role,
                        "password",
                        "كلمة-سر-طويلة-" + suffix,
                        "role",
                        role)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    public String token(long userId) {
        var token = http.api("POST", "/api/v1/users/" + userId + "/tokens", "{\"name\":\"test\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().get("token").asString();
    }

    public String password() {
        return "كلمة-سر-طويلة-" + suffix;
    }
}
