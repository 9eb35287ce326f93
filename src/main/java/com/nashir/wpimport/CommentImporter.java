package com.nashir.wpimport;

import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.comment.CommentImports;
import com.nashir.comment.CommentService;
import com.nashir.comment.CommentStatus;
import com.nashir.system.ConflictException;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.wpimport.ImportReport.Kind;
import com.nashir.wpimport.ImportReport.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A post's comments into the comment feature, through its import door ({@link CommentImports}).
 * WordPress threads to any depth, Nashir one level: a reply to a reply hangs under the top-level
 * comment its thread starts from. States: 1 → approved, 0 → pending, spam → spam; trash,
 * pingbacks and trackbacks are skipped. Names, emails, addresses and dates are kept.
 */
@Component
class CommentImporter {
    static final String ANONYMOUS = Messages.text("wpimport.comment.anonymous");

    private final CommentImports imports;
    private final ImportMap map;
    private final TransactionTemplate tx;

    CommentImporter(CommentImports imports, ImportMap map, PlatformTransactionManager transactions) {
        this.imports = imports;
        this.map = map;
        this.tx = new TransactionTemplate(transactions);
    }

    void comments(ImportRun run, Wxr.Item item, long articleId, Instant postDate, String where) {
        if (item.comments().isEmpty()) {
            return;
        }
        Map<String, Wxr.Comment> byId = new LinkedHashMap<>();
        for (Wxr.Comment c : item.comments()) {
            if (!c.get("wp:comment_id").isEmpty()) {
                byId.put(c.get("wp:comment_id"), c);
            }
        }
        Map<String, Long> imported = new HashMap<>();
        List<Wxr.Comment> replies = new ArrayList<>();
        for (Wxr.Comment c : byId.values()) {
            if (root(c, byId).equals(c.get("wp:comment_id"))) {
                one(run, c, null, articleId, postDate, where, imported);
            } else {
                replies.add(c);
            }
        }
        for (Wxr.Comment c : replies) {
            one(run, c, imported.get(root(c, byId)), articleId, postDate, where, imported);
        }
    }

    private void one(
            ImportRun run,
            Wxr.Comment c,
            Long parentId,
            long articleId,
            Instant postDate,
            String where,
            Map<String, Long> imported) {
        String id = c.get("wp:comment_id");
        String type = c.get("wp:comment_type");
        CommentStatus status = switch (c.get("wp:comment_approved")) {
            case "1" -> CommentStatus.APPROVED;
            case "0" -> CommentStatus.PENDING;
            case "spam" -> CommentStatus.SPAM;
            default -> null;
        };
        if (status == null || "pingback".equals(type) || "trackback".equals(type)) {
            run.report.add(Kind.COMMENT, Outcome.SKIPPED);
            return;
        }
        String text = WpText.commentText(c.raw("wp:comment_content"));
        if (text.strip().length() < CommentService.MIN_TEXT) {
            run.report.add(Kind.COMMENT, Outcome.SKIPPED);
            run.report.warn(Messages.text("wpimport.comment.empty", id, where));
            return;
        }
        if (text.length() > CommentService.MAX_TEXT) {
            text = WpText.cut(text, CommentService.MAX_TEXT);
            run.report.warn(Messages.text(
                    "wpimport.comment.cut",
                    id,
                    where,
                    ArabicCount.after(CommentService.MAX_TEXT, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        }
        String name = WpText.cut(WpText.plain(c.get("wp:comment_author")), CommentService.MAX_NAME);
        String email = c.get("wp:comment_author_email");
        Instant at = WpText.gmt(c.get("wp:comment_date_gmt"));
        if (at == null) {
            at = WpText.local(c.get("wp:comment_date"), run.zone);
        }
        var in = new CommentImports.ImportedComment(
                articleId,
                parentId,
                name.isEmpty() ? ANONYMOUS : name,
                CommentImports.validEmail(email) ? email : null,
                text,
                status,
                c.get("wp:comment_author_IP"),
                at == null ? postDate : at);
        String fingerprint = WpText.fingerprint(
                in.name(),
                in.email(),
                in.text(),
                status.wire(),
                String.valueOf(in.createdAt()),
                String.valueOf(parentId),
                String.valueOf(articleId));
        Optional<ImportMap.Row> row = map.find("comment", id);
        if (row.isPresent() && row.get().fingerprint().equals(fingerprint)) {
            imported.put(id, row.get().nashirId());
            run.report.add(Kind.COMMENT, Outcome.UNCHANGED);
            return;
        }
        try {
            long saved = tx.execute(s -> {
                long n =
                        imports.save(run.actor, row.map(ImportMap.Row::nashirId).orElse(null), in);
                map.put(new ImportMap.Row("comment", id, n, null, null, fingerprint), run.started);
                return n;
            });
            imported.put(id, saved);
            run.report.add(Kind.COMMENT, row.isPresent() ? Outcome.UPDATED : Outcome.CREATED);
        } catch (InvalidInputException | ConflictException | ForbiddenException | NotFoundException e) {
            run.report.add(Kind.COMMENT, Outcome.FAILED);
            run.report.warn(Messages.text("wpimport.comment.failed", id, where, Problems.message(e)));
        }
    }

    /** The id of the top-level comment a comment's thread starts from (itself when it replies to none). */
    private static String root(Wxr.Comment c, Map<String, Wxr.Comment> byId) {
        String id = c.get("wp:comment_id");
        Set<String> seen = new HashSet<>();
        while (seen.add(id)) {
            Wxr.Comment current = byId.get(id);
            String parent = current == null ? "0" : current.get("wp:comment_parent");
            if (parent.isEmpty() || "0".equals(parent) || !byId.containsKey(parent)) {
                return id;
            }
            id = parent;
        }
        return id;
    }
}
