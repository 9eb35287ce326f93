package com.nashir.user;

import com.nashir.system.NotFoundException;
import com.nashir.system.Sql;
import com.nashir.system.Validation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
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
 * token comes from NASHIR_ADMIN_TOKEN and is never stored.
 */
@Service
public class ApiTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as listed (never the token itself). */
    public record TokenInfo(long id, String name, Long userId, Instant createdAt, Instant revokedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final byte[] bootstrapHash;

    ApiTokens(JdbcClient jdbc, Clock clock, @Value("${nashir.admin-token:}") String bootstrap) {
        this.jdbc = jdbc;
        this.clock = clock;
        if (!bootstrap.isBlank() && bootstrap.strip().length() < 16) {
            throw new IllegalStateException("NASHIR_ADMIN_TOKEN must be at least 16 characters long");
        }
        this.bootstrapHash = bootstrap.isBlank() ? null : sha256(bootstrap.strip()).getBytes(StandardCharsets.US_ASCII);
    }

    /** A token for a user; returns it in clear: the only time it is ever visible. */
    public String create(User owner, String name) {
        Validation.check(Validation.present(name) && name.strip().length() <= 200, "name", "اسم الرمز مطلوب (حتى 200 حرف)");
        return insert(name.strip(), owner.id(), owner.role());
    }

    /** An admin token with no user behind it (the create-token command, for scripts). */
    public String createSystemToken(String name) {
        return insert(name, null, Role.ADMIN);
    }

    public List<TokenInfo> listFor(long userId) {
        return jdbc.sql("select id, name, user_id, created_at, revoked_at from api_token where user_id = ? order by id desc")
                .param(userId)
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getObject("user_id", Long.class),
                        Sql.instant(rs, "created_at"), Sql.instant(rs, "revoked_at")))
                .list();
    }

    /** Revokes one of the user's tokens (admins may revoke anyone's). */
    public void revoke(Actor actor, long tokenId) {
        Long owner = jdbc.sql("select user_id from api_token where id = ?").param(tokenId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("لا يوجد رمز بهذا الرقم"));
        if (!actor.isUser(owner)) {
            actor.require(Permission.MANAGE_USERS);
        }
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null").params(Sql.param(clock.instant()), tokenId).update();
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
        return jdbc.sql("select t.name, t.role, u.id as user_id, u.display_name, u.role as user_role from api_token t "
                        + "left join app_user u on u.id = t.user_id "
                        + "where t.token_hash = ? and t.revoked_at is null and (t.user_id is null or u.enabled = true)")
                .param(hash)
                .query((rs, n) -> {
                    Long userId = rs.getObject("user_id", Long.class);
                    return userId == null ? new Actor(null, "token: " + rs.getString("name"), Role.fromWire(rs.getString("role")), "")
                            : new Actor(userId, rs.getString("display_name"), Role.fromWire(rs.getString("user_role")), "");
                })
                .optional();
    }

    private String insert(String name, Long userId, Role role) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "nsh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (name, token_hash, role, created_at, user_id) values (?, ?, ?, ?, ?)")
                .params(name, sha256(token), role.wire(), Sql.param(clock.instant()), userId).update();
        return token;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
