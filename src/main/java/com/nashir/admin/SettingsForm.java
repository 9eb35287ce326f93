package com.nashir.admin;

import com.nashir.site.SiteSettingsService.SettingsInput;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.Validation;

/**
 * The site settings form as the browser posts it. The logo is a media library image chosen from
 * the list ({@code logoMediaId}, "" = none) unless a number is typed in {@code logoNumber}.
 * Numbers arrive as text, so a mistyped one is a message beside its field, not a binding error.
 */
public record SettingsForm(
        String name,
        String tagline,
        String logoMediaId,
        String logoNumber,
        String timeZone,
        String months,
        String digits,
        String hijri,
        String commentsCloseDays,
        String pageSize,
        String trustReturningCommenters,
        String feedContent,
        String commentsClosedNotice,
        String version) {

    public static SettingsForm of(SettingsInput v) {
        return new SettingsForm(
                v.name(),
                v.tagline(),
                v.logoMediaId() == null ? "" : v.logoMediaId().toString(),
                "",
                v.timeZone(),
                v.months(),
                v.digits(),
                Boolean.TRUE.equals(v.hijri()) ? "true" : "",
                String.valueOf(v.commentsCloseDays()),
                String.valueOf(v.pageSize()),
                Boolean.TRUE.equals(v.trustReturningCommenters()) ? "true" : "",
                v.feedContent(),
                v.commentsClosedNotice(),
                String.valueOf(v.version()));
    }

    public boolean logoIs(long id) {
        return String.valueOf(id).equals(logoMediaId);
    }

    public boolean hasLogo() {
        return logoMediaId != null && !logoMediaId.isBlank();
    }

    /**
     * As service input. A count that is not a number goes on as missing, which the service refuses
     * beside the form's other mistakes; only an unreadable image number is refused here.
     */
    public SettingsInput toInput() {
        String logoText = Validation.present(logoNumber) ? logoNumber.strip() : logoMediaId;
        Long logo = null;
        if (Validation.present(logoText)) {
            try {
                logo = Long.valueOf(logoText.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("logoMediaId", Messages.text("admin.settings.logo-not-number"));
            }
        }
        return new SettingsInput(
                name,
                tagline,
                logo,
                timeZone,
                months,
                digits,
                "true".equals(hijri),
                number(commentsCloseDays),
                number(pageSize),
                "true".equals(trustReturningCommenters),
                feedContent,
                commentsClosedNotice,
                number(version));
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
