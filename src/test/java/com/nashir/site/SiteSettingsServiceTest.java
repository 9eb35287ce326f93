package com.nashir.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.site.SiteSettingsService.SettingsInput;
import org.junit.jupiter.api.Test;

class SiteSettingsServiceTest {
    private static final SettingsInput BEFORE = new SettingsInput(
            "ناشر",
            "أخبار",
            null,
            "Asia/Damascus",
            "gulf",
            "western",
            false,
            14,
            12,
            false,
            "full",
            "عذراً، التعليقات مغلقة",
            0);

    @Test
    void auditDetailNamesEachChangedFieldWithOldAndNewValue() {
        SettingsInput after = new SettingsInput(
                "ناشر",
                "أخبار",
                7L,
                "Asia/Damascus",
                "levantine",
                "eastern",
                false,
                14,
                12,
                false,
                "summary",
                "عذراً، التعليقات مغلقة",
                3);
        assertThat(SiteSettingsService.changes(BEFORE, after))
                .isEqualTo(
                        "logoMediaId: - → 7; months: gulf → levantine; digits: western → eastern; feedContent: full → summary");
    }

    @Test
    void savingTheSameValuesIsRecordedAsNoChange() {
        assertThat(SiteSettingsService.changes(BEFORE, BEFORE)).isEqualTo("(no change)");
    }
}
