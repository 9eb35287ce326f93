package com.nashir.admin;

import com.nashir.access.Role;
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
        ACTIONS.put("login", "دخول");
        ACTIONS.put("login.failed", "محاولة دخول فاشلة");
        ACTIONS.put("user.create", "إنشاء حساب");
        ACTIONS.put("user.role", "تغيير دور");
        ACTIONS.put("user.enable", "تفعيل حساب");
        ACTIONS.put("user.disable", "تعطيل حساب");
        ACTIONS.put("user.password-reset", "إعادة تعيين كلمة مرور");
        ACTIONS.put("user.password", "تغيير كلمة المرور");
        ACTIONS.put("user.profile", "تعديل الملف الشخصي");
        ACTIONS.put("token.create", "إنشاء رمز لواجهة البرمجة");
        ACTIONS.put("token.revoke", "إلغاء رمز لواجهة البرمجة");
        ACTIONS.put("article.draft", "مقال: إلى المسودات");
        ACTIONS.put("article.review", "مقال: إرسال للمراجعة");
        ACTIONS.put("article.scheduled", "مقال: جدولة");
        ACTIONS.put("article.published", "مقال: نشر");
        ACTIONS.put("article.unpublished", "مقال: إلغاء النشر");
        ACTIONS.put("article.trash", "مقال: نقل إلى السلة");
        ACTIONS.put("article.restore", "مقال: استعادة");
        ACTIONS.put("article.purge", "مقال: حذف نهائي");
        ACTIONS.put("article.correction", "مقال: تصحيح");
        ACTIONS.put("media.upload", "رفع صورة");
        ACTIONS.put("media.delete", "حذف صورة");
        ACTIONS.put("comment.approved", "تعليق: نشر");
        ACTIONS.put("comment.rejected", "تعليق: رفض");
        ACTIONS.put("comment.spam", "تعليق: مزعج");
        ACTIONS.put("comment.pending", "تعليق: إعادة إلى الانتظار");
        ACTIONS.put("comment.deleted", "تعليق: حذف");
        ACTIONS.put("comment.edit", "تعليق: تعديل النص");
        ACTIONS.put("comment.rules", "قواعد التعليقات");
        ACTIONS.put("wordpress.import", "استيراد من ووردبريس");
        ACTIONS.put("front.update", "الواجهة: تثبيت وترتيب");
        ACTIONS.put("site.setup", "إعداد الموقع وإنشاء المدير الأول");
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
            return "مقال " + target.substring(8);
        }
        if (target.startsWith("user ")) {
            return "المستخدم " + target.substring(5);
        }
        if (target.startsWith("media ")) {
            return "صورة " + target.substring(6);
        }
        if (target.startsWith("token ")) {
            return "رمز " + target.substring(6);
        }
        if (target.startsWith("comment ")) {
            return "تعليق " + target.substring(8);
        }
        return switch (target) {
            case "admin" -> "غرفة الأخبار";
            case "comments" -> "التعليقات";
            case "api" -> "واجهة البرمجة";
            case "site" -> "الموقع";
            case "front" -> "الصفحة الرئيسية";
            case "setup" -> "صفحة الإعداد";
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
            return "من " + Role.fromWire(m.group(1)).label() + " إلى "
                    + Role.fromWire(m.group(2)).label();
        }
        if ("user.create".equals(action) && detail.startsWith("role=") && Role.fromWire(detail.substring(5)) != null) {
            return "الدور: " + Role.fromWire(detail.substring(5)).label();
        }
        return detail;
    }
}
