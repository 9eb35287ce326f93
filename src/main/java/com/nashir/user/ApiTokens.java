package com.nashir.user;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.access.Role;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.audit.AuditLog;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.Sql;
import com.nashir.system.Validation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens. The clear token is shown once at creation; only its SHA-256 is stored
 * (tokens are 256 random bits, so a fast hash is enough). A token acts with its owner's current
 * role and stops working the moment the owner is disabled or the token revoked. The bootstrap
 * token comes from NASHIR_ADMIN_TOKEN and is never stored. When a token was last used is kept to
 * the minute (one write per token per minute, not one per request).
 */
@Service
public class ApiTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

    /** A token as listed (never the token itself). {@code lastUsedAt} is null for a token never used. */
    public record TokenInfo(
            long id, String name, Long userId, Instant createdAt, Instant revokedAt, Instant lastUsedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final byte[] bootstrapHash;

    ApiTokens(JdbcClient jdbc, Clock clock, AuditLog audit, @Value("${nashir.admin-token:}") String bootstrap) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        if (!bootstrap.isBlank() && bootstrap.strip().length() < 16) {
            throw new IllegalStateException("NASHIR_ADMIN_TOKEN must be at least 16 characters long");
        }
        this.bootstrapHash =
                bootstrap.isBlank() ? null : sha256(bootstrap.strip()).getBytes(StandardCharsets.US_ASCII);
    }

    /** A token for a user; returns it in clear: the only time it is ever visible. */
    public String create(User owner, String name) {
        Validation.check(
                Validation.present(name) && name.strip().length() <= 200,
                "name",
                Messages.text(
                        "user.token.name-required", ArabicCount.after(200, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        return insert(name.strip(), owner.id(), owner.role());
    }

    /**
     * A token for {@code owner}, made by {@code actor}: people make their own, admins may make one
     * for anyone (e.g. a newsroom tool's account). Written to the audit log (never the token).
     * Returns the token in clear: the only time it is ever visible.
     */
    public String issue(Actor actor, User owner, String name) {
        if (!actor.isUser(owner.id())) {
            actor.require(Permission.MANAGE_USERS);
        }
        String token = create(owner, name);
        audit.record(actor, "token.create", "user " + owner.username(), name.strip());
        return token;
    }

    /** An admin token with no user behind it (the create-token command, for scripts). */
    public String createSystemToken(String name) {
        return insert(name, null, Role.ADMIN);
    }

    public List<TokenInfo> listFor(long userId) {
        return jdbc.sql(
                        "select id, name, user_id, created_at, revoked_at, last_used_at from api_token where user_id = ? order by id desc")
                .param(userId)
                .query((rs, n) -> new TokenInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getObject("user_id", Long.class),
                        Sql.instant(rs, "created_at"),
                        Sql.instant(rs, "revoked_at"),
                        Sql.instant(rs, "last_used_at")))
                .list();
    }

    /** Revokes one of the user's tokens (admins may revoke anyone's); written to the audit log. */
    public void revoke(Actor actor, long tokenId) {
        record Owned(Long owner, String name) {}
        Owned token = jdbc.sql("select user_id, name from api_token where id = ?")
                .param(tokenId)
                .query((rs, n) -> new Owned(rs.getObject("user_id", Long.class), rs.getString("name")))
                .optional()
                .orElseThrow(() -> new NotFoundException(Messages.text("user.token.not-found")));
        if (!actor.isUser(token.owner())) {
            actor.require(Permission.MANAGE_USERS);
        }
        int revoked = jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(Sql.param(clock.instant()), tokenId)
                .update();
        if (revoked == 1) {
            audit.record(actor, "token.revoke", "token " + tokenId, token.name());
        }
    }

    /** The actor a bearer token stands for, if the token is valid, unrevoked and its owner enabled. */
    public Optional<Actor> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = sha256(token.strip());
        if (bootstrapHash != null && MessageDigest.isEqual(bootstrapHash, hash.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Actor.system("NASHIR_ADMIN_TOKEN"));
        }
        record Found(long id, Actor actor) {}
        Optional<Found> found = jdbc.sql(
                        "select t.id, t.name, t.role, u.id as user_id, u.display_name, u.role as user_role from api_token t "
                                + "left join app_user u on u.id = t.user_id "
                                + "where t.token_hash = ? and t.revoked_at is null and (t.user_id is null or u.enabled = true)")
                .param(hash)
                .query((rs, n) -> {
                    Long userId = rs.getObject("user_id", Long.class);
                    return new Found(
                            rs.getLong("id"),
                            userId == null
                                    ? new Actor(
                                            null,
                                            "token: " + rs.getString("name"),
                                            Role.fromWire(rs.getString("role")),
                                            "")
                                    : new Actor(
                                            userId,
                                            rs.getString("display_name"),
                                            Role.fromWire(rs.getString("user_role")),
                                            ""));
                })
                .optional();
        found.ifPresent(f -> markUsed(f.id()));
        return found.map(Found::actor);
    }

    private void markUsed(long tokenId) {
        Instant now = clock.instant();
        jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(Sql.param(now), tokenId, Sql.param(now.minus(LAST_USED_STEP)))
                .update();
    }

    private String insert(String name, Long userId, Role role) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "nsh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (name, token_hash, role, created_at, user_id) values (?, ?, ?, ?, ?)")
                .params(name, sha256(token), role.wire(), Sql.param(clock.instant()), userId)
                .update();
        return token;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
