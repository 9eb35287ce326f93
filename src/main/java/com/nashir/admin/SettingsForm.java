package com.nashir.admin;

import com.nashir.site.SiteSettingsService.SettingsInput;
import com.nashir.system.Validation;

/**
 * The site settings form as the browser posts it. The logo is a media library image chosen from
 * the list ({@code logoMediaId}, "" = none) unless a number is typed in {@code logoNumber}.
 * Numbers arrive as text, so a mistyped one is a message beside its field.
 */
public record SettingsForm(String name, String tagline, String logoMediaId, String logoNumber, String timeZone, String months,
                           String digits, String hijri, String commentsCloseDays, String pageSize, String version) {

    public static SettingsForm of(SettingsInput v) {
        return new SettingsForm(v.name(), v.tagline(), v.logoMediaId() == null ? "" : v.logoMediaId().toString(), "",
                v.timeZone(), v.months(), v.digits(), Boolean.TRUE.equals(v.hijri()) ? "true" : "",
                String.valueOf(v.commentsCloseDays()), String.valueOf(v.pageSize()), String.valueOf(v.version()));
    }

    public boolean logoIs(long id) {
        return String.valueOf(id).equals(logoMediaId);
    }

    public boolean hasLogo() {
        return logoMediaId != null && !logoMediaId.isBlank();
    }

    /** As service input; every number that cannot be read is reported at once. */
    public SettingsInput toInput() {
        Validation v = new Validation();
        String logoText = Validation.present(logoNumber) ? logoNumber : logoMediaId;
        Long logo = Validation.present(logoText) ? number(logoText, "logoMediaId", "رقم الصورة عدد صحيح", v) : null;
        Long days = number(commentsCloseDays, "commentsCloseDays", "عدد الأيام عدد صحيح؛ 0 = لا تُغلق", v);
        Long size = number(pageSize, "pageSize", "عدد المقالات في الصفحة عدد صحيح", v);
        Long basedOn = Validation.present(version) ? number(version, "version", "أعد فتح الصفحة", v) : null;
        v.throwIfInvalid();
        return new SettingsInput(name, tagline, logo, timeZone, months, digits, "true".equals(hijri), toInt(days), toInt(size),
                toInt(basedOn));
    }

    private static Long number(String text, String field, String message, Validation v) {
        try {
            return Long.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            v.add(field, message);
            return null;
        }
    }

    /** Out-of-range values become one the service refuses with its own message. */
    private static Integer toInt(Long n) {
        return n == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }
}
