package com.nashir.arabic;

import static com.nashir.arabic.DigitStyle.EASTERN;
import static com.nashir.arabic.DigitStyle.WESTERN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArabicRelativeTimeTest {
    private static final Instant NOW = Instant.parse("2024-06-17T12:00:00Z");

    private static String ago(Duration d) {
        return ArabicRelativeTime.ago(NOW.minus(d), NOW, WESTERN);
    }

    @Test
    void underAMinuteIsMoments() {
        assertThat(ago(Duration.ofSeconds(0))).isEqualTo("منذ لحظات");
        assertThat(ago(Duration.ofSeconds(59))).isEqualTo("منذ لحظات");
    }

    @Test
    void aTimeInTheFutureIsMoments() {
        assertThat(ArabicRelativeTime.ago(NOW.plusSeconds(30), NOW, WESTERN)).isEqualTo("منذ لحظات");
    }

    @Test
    void oneIsTheNounAlone() {
        assertThat(ago(Duration.ofMinutes(1))).isEqualTo("منذ دقيقة");
        assertThat(ago(Duration.ofHours(1))).isEqualTo("منذ ساعة");
        assertThat(ago(Duration.ofDays(1))).isEqualTo("منذ يوم");
    }

    @Test
    void twoIsTheDual() {
        assertThat(ago(Duration.ofMinutes(2))).isEqualTo("منذ دقيقتين");
        assertThat(ago(Duration.ofHours(2))).isEqualTo("منذ ساعتين");
        assertThat(ago(Duration.ofDays(2))).isEqualTo("منذ يومين");
        assertThat(ago(Duration.ofDays(14))).isEqualTo("منذ أسبوعين");
        assertThat(ago(Duration.ofDays(60))).isEqualTo("منذ شهرين");
        assertThat(ago(Duration.ofDays(730))).isEqualTo("منذ سنتين");
    }

    @Test
    void threeToTenTakeThePlural() {
        assertThat(ago(Duration.ofMinutes(3))).isEqualTo("منذ 3 دقائق");
        assertThat(ago(Duration.ofMinutes(10))).isEqualTo("منذ 10 دقائق");
        assertThat(ago(Duration.ofHours(5))).isEqualTo("منذ 5 ساعات");
        assertThat(ago(Duration.ofDays(3))).isEqualTo("منذ 3 أيام");
        assertThat(ago(Duration.ofDays(21))).isEqualTo("منذ 3 أسابيع");
        assertThat(ago(Duration.ofDays(90))).isEqualTo("منذ 3 أشهر");
        assertThat(ago(Duration.ofDays(365 * 4))).isEqualTo("منذ 4 سنوات");
    }

    @Test
    void elevenToNinetyNineTakeTheAccusativeSingular() {
        assertThat(ago(Duration.ofMinutes(11))).isEqualTo("منذ 11 دقيقة");
        assertThat(ago(Duration.ofMinutes(59))).isEqualTo("منذ 59 دقيقة");
        assertThat(ago(Duration.ofHours(23))).isEqualTo("منذ 23 ساعة");
        assertThat(ago(Duration.ofDays(330))).isEqualTo("منذ 11 شهراً");
        assertThat(ago(Duration.ofDays(365 * 12))).isEqualTo("منذ 12 سنة");
        assertThat(ArabicCount.after(15, CountedNoun.DAY, WESTERN)).isEqualTo("15 يوماً");
    }

    @Test
    void hundredsFollowTheLastTwoDigits() {
        assertThat(ArabicCount.after(100, CountedNoun.DAY, WESTERN)).isEqualTo("100 يوم");
        assertThat(ArabicCount.after(102, CountedNoun.MINUTE, WESTERN)).isEqualTo("102 دقيقة");
        assertThat(ArabicCount.after(103, CountedNoun.DAY, WESTERN)).isEqualTo("103 أيام");
        assertThat(ArabicCount.after(111, CountedNoun.MONTH, WESTERN)).isEqualTo("111 شهراً");
        assertThat(ArabicCount.after(200, CountedNoun.YEAR, WESTERN)).isEqualTo("200 سنة");
    }

    @Test
    void unitsStepUpAtTheirBoundaries() {
        assertThat(ago(Duration.ofMinutes(60))).isEqualTo("منذ ساعة");
        assertThat(ago(Duration.ofHours(24))).isEqualTo("منذ يوم");
        assertThat(ago(Duration.ofDays(7))).isEqualTo("منذ أسبوع");
        assertThat(ago(Duration.ofDays(30))).isEqualTo("منذ شهر");
        assertThat(ago(Duration.ofDays(365))).isEqualTo("منذ سنة");
    }

    @Test
    void easternDigitsWhenTheSiteAsks() {
        assertThat(ArabicRelativeTime.ago(NOW.minus(Duration.ofHours(3)), NOW, EASTERN))
                .isEqualTo("منذ ٣ ساعات");
        assertThat(ArabicCount.after(11, CountedNoun.HOUR, EASTERN)).isEqualTo("١١ ساعة");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> ArabicCount.after(-1, CountedNoun.DAY, WESTERN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
