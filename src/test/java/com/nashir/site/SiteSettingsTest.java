package com.nashir.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nashir.arabic.DigitStyle;
import com.nashir.arabic.MonthStyle;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SiteSettingsTest {

    @Test
    void defaultsMatchTheReferenceSite() {
        SiteSettings s = SiteSettings.from(
                new SiteProperties(null, null, null, null, null, null, false, 0, null, false, null, null));
        assertThat(s.name()).isEqualTo("ناشر");
        assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Damascus"));
        assertThat(s.dateStyle().months()).isEqualTo(MonthStyle.GULF);
        assertThat(s.dateStyle().digits()).isEqualTo(DigitStyle.WESTERN);
        assertThat(s.pageSize()).isEqualTo(12);
        assertThat(s.commentsCloseDays()).isEqualTo(14);
        assertThat(s.logo()).isNull();
    }

    @Test
    void unknownTimeZoneStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> SiteSettings.from(new SiteProperties(
                        "n", "t", "", "Mars/Base", "gulf", "western", false, 12, null, false, null, null)))
                .hasMessageContaining("nashir.site.time-zone");
    }

    @Test
    void unknownMonthStyleStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> SiteSettings.from(new SiteProperties(
                        "n", "t", "", "UTC", "roman", "western", false, 12, null, false, null, null)))
                .hasMessageContaining("nashir.site.months");
    }

    @Test
    void baseUrlLosesTrailingSlash() {
        assertThat(SiteSettings.from(new SiteProperties(
                                "n",
                                "t",
                                "https://news.example/",
                                "UTC",
                                "dual",
                                "eastern",
                                true,
                                12,
                                null,
                                false,
                                null,
                                null))
                        .baseUrl())
                .isEqualTo("https://news.example");
    }

    @Test
    void commentsCloseDaysOutOfRangeStopsStartUpNamingTheKey() {
        assertThatThrownBy(() -> SiteSettings.from(
                        new SiteProperties("n", "t", "", "UTC", "gulf", "western", false, 12, -1, false, null, null)))
                .hasMessageContaining("nashir.site.comments-close-days");
    }

    @Test
    void commentsCloseByAgeAfterTheConfiguredDays() {
        SiteSettings s = SiteSettings.from(
                new SiteProperties(null, null, null, null, null, null, false, 0, 14, false, null, null));
        Instant published = Instant.parse("2024-06-17T07:30:00Z");
        assertThat(s.commentsClosedByAge(
                        published, published.plus(Duration.ofDays(14)).minusSeconds(1)))
                .isFalse();
        assertThat(s.commentsClosedByAge(published, published.plus(Duration.ofDays(14))))
                .isTrue();
    }

    @Test
    void zeroDaysMeansCommentsNeverCloseByAge() {
        SiteSettings s = SiteSettings.from(
                new SiteProperties(null, null, null, null, null, null, false, 0, 0, false, null, null));
        assertThat(s.commentsClosedByAge(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z")))
                .isFalse();
    }
}
