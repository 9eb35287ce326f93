package com.nashir.comment;

import com.nashir.system.Sql;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The comment form's token: when the form was handed out and for which article, signed with a
 * key every node shares (table comment_form_key, made by the first node that needs it).
 *
 * <p>Why a signed time rather than a session: the public site keeps no sessions and serves pages
 * from a cache for up to 10 seconds, so a token written into the page can be that much older than
 * the reader's visit. The page's small script therefore asks for a fresh token as soon as it runs
 * ({@code GET …/comments/token}, never cached), which makes the minimum delay count from the real
 * page load; without JavaScript the token in the page is used, and the minimum counts from when
 * the page was rendered (at most 10 s earlier — the other guards still apply). Nothing is stored
 * per token, so any node checks any token.
 */
@Component
public class FormTokens {
    private static final String VERSION = "c1";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile byte[] key;

    FormTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token for the comment form of this article, issued now. */
    public String issue(long articleId) {
        long at = clock.millis();
        return VERSION + "." + at + "." + articleId + "." + sign(at, articleId);
    }

    /** When the token was issued, if it is genuine and for this article; null otherwise. */
    Instant issuedAt(String token, long articleId) {
        if (token == null) {
            return null;
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            return null;
        }
        try {
            long at = Long.parseLong(parts[1]);
            long article = Long.parseLong(parts[2]);
            boolean genuine = MessageDigest.isEqual(
                    sign(at, article).getBytes(StandardCharsets.US_ASCII),
                    parts[3].getBytes(StandardCharsets.US_ASCII));
            return genuine && article == articleId ? Instant.ofEpochMilli(at) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** How old a token issued at {@code at} is now. */
    Duration age(Instant at) {
        return Duration.between(at, clock.instant());
    }

    private String sign(long at, long articleId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sig = mac.doFinal((at + "." + articleId).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig).substring(0, 27);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = Base64.getDecoder().decode(stored());
            key = k;
        }
        return k;
    }

    /** The shared secret; the first node to need it makes it, a node that loses that race reads the winner's. */
    private String stored() {
        var existing = jdbc.sql("select secret from comment_form_key where id = 1")
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String secret = Base64.getEncoder().encodeToString(fresh);
        try {
            jdbc.sql("insert into comment_form_key (id, secret, created_at) values (1, ?, ?)")
                    .params(secret, Sql.param(clock.instant()))
                    .update();
            return secret;
        } catch (DuplicateKeyException e) {
            return jdbc.sql("select secret from comment_form_key where id = 1")
                    .query(String.class)
                    .single();
        }
    }
}
