package com.nashir.comment;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.audit.AuditLog;
import com.nashir.system.ConflictException;
import com.nashir.system.Messages;
import com.nashir.system.Sql;
import com.nashir.system.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment rules editors keep (blocked words, blocked addresses, links allowed), in the
 * database so every node applies the same ones from the next comment on.
 */
@Service
public class CommentPolicies {
    static final int MAX_LIST = 20_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CommentPolicies(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rules in force (read on every comment: one small row). */
    public CommentPolicy current() {
        return jdbc.sql(
                        "select blocked_words, blocked_addresses, max_links, updated_at, updated_by from comment_policy where id = 1")
                .query((rs, n) -> new CommentPolicy(
                        lines(rs.getString("blocked_words")),
                        lines(rs.getString("blocked_addresses")),
                        rs.getInt("max_links"),
                        Sql.instant(rs, "updated_at"),
                        rs.getString("updated_by")))
                .optional()
                .orElse(CommentPolicy.DEFAULT);
    }

    /**
     * Replaces the rules (editors and up). Words and addresses come one a line; every address must
     * be an address or a CIDR range; all mistakes are reported at once and nothing is written then.
     */
    @Transactional
    public CommentPolicy save(Actor actor, String blockedWords, String blockedAddresses, Integer maxLinks) {
        actor.require(Permission.MODERATE);
        List<String> words = lines(blockedWords);
        List<String> addresses = lines(blockedAddresses);
        Validation v = new Validation();
        v.require(
                String.join("\n", words).length() <= MAX_LIST,
                "blockedWords",
                Messages.text(
                        "comment.rules.blocked-words-too-long",
                        ArabicCount.after(MAX_LIST, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        v.require(
                String.join("\n", addresses).length() <= MAX_LIST,
                "blockedAddresses",
                Messages.text(
                        "comment.rules.blocked-addresses-too-long",
                        ArabicCount.after(MAX_LIST, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        for (String a : addresses) {
            if (!AddressRules.valid(a)) {
                v.add("blockedAddresses", Messages.text("comment.rules.address-invalid", a));
                break;
            }
        }
        v.require(
                maxLinks != null && maxLinks >= 0 && maxLinks <= CommentPolicy.MAX_MAX_LINKS,
                "maxLinks",
                Messages.text("comment.rules.max-links-range", CommentPolicy.MAX_MAX_LINKS));
        v.throwIfInvalid();
        Instant now = clock.instant();
        String w = String.join("\n", words);
        String a = String.join("\n", addresses);
        int updated = jdbc.sql(
                        "update comment_policy set blocked_words = ?, blocked_addresses = ?, max_links = ?, updated_at = ?, "
                                + "updated_by = ? where id = 1")
                .params(w, a, maxLinks, Sql.param(now), actor.name())
                .update();
        if (updated == 0) {
            try {
                jdbc.sql(
                                "insert into comment_policy (id, blocked_words, blocked_addresses, max_links, updated_at, updated_by) "
                                        + "values (1, ?, ?, ?, ?, ?)")
                        .params(w, a, maxLinks, Sql.param(now), actor.name())
                        .update();
            } catch (DuplicateKeyException e) {
                throw new ConflictException("rules", Messages.text("comment.rules.race"));
            }
        }
        audit.record(
                actor,
                "comment.rules",
                "comments",
                words.size() + " words, " + addresses.size() + " addresses, " + maxLinks + " links");
        return current();
    }

    /** Non-empty lines, stripped, without repeats, in their order. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList()));
    }
}
