package com.nashir.admin;

import com.nashir.access.Role;
import com.nashir.system.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log's machine words (actions such as "user.role", targets such as "article 42") in
 * the newsroom's Arabic. An action with no label here is shown as stored.
 */
public final class AuditLabels {
    private static final Map<String, String> ACTIONS = new LinkedHashMap<>();
    private static final Pattern ARTICLE = Pattern.compile("article (\\d+)");
    private static final Pattern ROLE_CHANGE = Pattern.compile("([a-z]+) → ([a-z]+)");

    static {
        ACTIONS.put("login", Messages.text("admin.audit.action.login"));
        ACTIONS.put("login.failed", Messages.text("admin.audit.action.login.failed"));
        ACTIONS.put("user.create", Messages.text("admin.audit.action.user.create"));
        ACTIONS.put("user.role", Messages.text("admin.audit.action.user.role"));
        ACTIONS.put("user.enable", Messages.text("admin.audit.action.user.enable"));
        ACTIONS.put("user.disable", Messages.text("admin.audit.action.user.disable"));
        ACTIONS.put("user.password-reset", Messages.text("admin.audit.action.user.password-reset"));
        ACTIONS.put("user.password", Messages.text("admin.audit.action.user.password"));
        ACTIONS.put("user.profile", Messages.text("admin.audit.action.user.profile"));
        ACTIONS.put("token.create", Messages.text("admin.audit.action.token.create"));
        ACTIONS.put("token.revoke", Messages.text("admin.audit.action.token.revoke"));
        ACTIONS.put("article.draft", Messages.text("admin.audit.action.article.draft"));
        ACTIONS.put("article.review", Messages.text("admin.audit.action.article.review"));
        ACTIONS.put("article.scheduled", Messages.text("admin.audit.action.article.scheduled"));
        ACTIONS.put("article.published", Messages.text("admin.audit.action.article.published"));
        ACTIONS.put("article.unpublished", Messages.text("admin.audit.action.article.unpublished"));
        ACTIONS.put("article.trash", Messages.text("admin.audit.action.article.trash"));
        ACTIONS.put("article.restore", Messages.text("admin.audit.action.article.restore"));
        ACTIONS.put("article.purge", Messages.text("admin.audit.action.article.purge"));
        ACTIONS.put("article.correction", Messages.text("admin.audit.action.article.correction"));
        ACTIONS.put("media.upload", Messages.text("admin.audit.action.media.upload"));
        ACTIONS.put("media.delete", Messages.text("admin.audit.action.media.delete"));
        ACTIONS.put("comment.approved", Messages.text("admin.audit.action.comment.approved"));
        ACTIONS.put("comment.rejected", Messages.text("admin.audit.action.comment.rejected"));
        ACTIONS.put("comment.spam", Messages.text("admin.audit.action.comment.spam"));
        ACTIONS.put("comment.pending", Messages.text("admin.audit.action.comment.pending"));
        ACTIONS.put("comment.deleted", Messages.text("admin.audit.action.comment.deleted"));
        ACTIONS.put("comment.edit", Messages.text("admin.audit.action.comment.edit"));
        ACTIONS.put("comment.rules", Messages.text("admin.audit.action.comment.rules"));
        ACTIONS.put("wordpress.import", Messages.text("admin.audit.action.wordpress.import"));
        ACTIONS.put("front.update", Messages.text("admin.audit.action.front.update"));
        ACTIONS.put("site.setup", Messages.text("admin.audit.action.site.setup"));
    }

    private AuditLabels() {}

    /** Every known action and its label, in the order the filter lists them. */
    public static Map<String, String> actions() {
        return ACTIONS;
    }

    public static String action(String action) {
        return ACTIONS.getOrDefault(action, action);
    }

    /** "article 42" → "مقال 42", "user rana" → "المستخدم rana", "admin" → "غرفة الأخبار". */
    public static String target(String target) {
        if (target == null) {
            return "";
        }
        if (target.startsWith("article ")) {
            return Messages.text("admin.audit.target.article", target.substring(8));
        }
        if (target.startsWith("user ")) {
            return Messages.text("admin.audit.target.user", target.substring(5));
        }
        if (target.startsWith("media ")) {
            return Messages.text("admin.audit.target.media", target.substring(6));
        }
        if (target.startsWith("token ")) {
            return Messages.text("admin.audit.target.token", target.substring(6));
        }
        if (target.startsWith("comment ")) {
            return Messages.text("admin.audit.target.comment", target.substring(8));
        }
        return switch (target) {
            case "admin" -> Messages.text("admin.audit.target.admin");
            case "comments" -> Messages.text("admin.audit.target.comments");
            case "api" -> Messages.text("admin.audit.target.api");
            case "site" -> Messages.text("admin.audit.target.site");
            case "front" -> Messages.text("admin.audit.target.front");
            case "setup" -> Messages.text("admin.audit.target.setup");
            default -> target;
        };
    }

    /** The newsroom address of the target, when it has a page there; null otherwise. */
    public static String targetLink(String target) {
        Matcher m = target == null ? null : ARTICLE.matcher(target);
        return m != null && m.matches() ? "/admin/articles/" + m.group(1) : null;
    }

    /** Role changes ("writer → editor") read "من كاتب إلى محرر"; other details as stored. */
    public static String detail(String action, String detail) {
        if (detail == null) {
            return "";
        }
        Matcher m = ROLE_CHANGE.matcher(detail);
        if ("user.role".equals(action)
                && m.matches()
                && Role.fromWire(m.group(1)) != null
                && Role.fromWire(m.group(2)) != null) {
            return Messages.text(
                    "admin.audit.detail.role-change",
                    Role.fromWire(m.group(1)).label(),
                    Role.fromWire(m.group(2)).label());
        }
        if ("user.create".equals(action) && detail.startsWith("role=") && Role.fromWire(detail.substring(5)) != null) {
            return Messages.text(
                    "admin.audit.detail.role",
                    Role.fromWire(detail.substring(5)).label());
        }
        return detail;
    }
}
