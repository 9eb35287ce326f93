package com.nashir.api;

import com.nashir.system.Sql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * API tokens. The clear token is shown once at creation; only its SHA-256 is stored (tokens
 * are long random strings, so a fast hash is enough). The bootstrap token comes from
 * NASHIR_ADMIN_TOKEN and is never stored.
 */
@Service
public class ApiTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who is calling, as far as the API is concerned. */
    public record Caller(String name, String role) {}

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

    /** Creates a token and returns it in clear: the only time it is ever visible. */
    public String create(String name, String role) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "nsh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (name, token_hash, role, created_at) values (?, ?, ?, ?)")
                .params(name, sha256(token), role, Sql.param(clock.instant())).update();
        return token;
    }

    public Optional<Caller> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = sha256(token.strip());
        if (bootstrapHash != null && MessageDigest.isEqual(bootstrapHash, hash.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new Caller("NASHIR_ADMIN_TOKEN", "admin"));
        }
        return jdbc.sql("select name, role from api_token where token_hash = ? and revoked_at is null")
                .param(hash)
                .query((rs, n) -> new Caller(rs.getString("name"), rs.getString("role")))
                .optional();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
