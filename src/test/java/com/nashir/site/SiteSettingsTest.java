package com.nashir.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nashir.arabic.DigitStyle;
import com.nashir.arabic.MonthStyle;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SiteSettingsTest {

    @Test
    void defaultsMatchTheReferenceSite() {
        SiteSettings s = SiteSettings.from(new SiteProperties(null, null, null, null, null, null, false, 0));
        assertThat(s.name()).isEqualTo("ناشر");
        assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Damascus"));
        assertThat(s.dateStyle().months()).isEqualTo(MonthStyle.GULF);
        assertThat(s.dateStyle().digits()).isEqualTo(DigitStyle.WESTERN);
        assertThat(s.pageSize()).isEqualTo(12);
    }

    @Test
    void unknownTimeZoneStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> SiteSettings.from(new SiteProperties("n", "t", "", "Mars/Base", "gulf", "western", false, 12)))
                .hasMessageContaining("nashir.site.time-zone");
    }

    @Test
    void unknownMonthStyleStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> SiteSettings.from(new SiteProperties("n", "t", "", "UTC", "roman", "western", false, 12)))
                .hasMessageContaining("nashir.site.months");
    }

    @Test
    void baseUrlLosesTrailingSlash() {
        assertThat(SiteSettings.from(new SiteProperties("n", "t", "https://news.example/", "UTC", "dual", "eastern", true, 12)).baseUrl())
                .isEqualTo("https://news.example");
    }
}
