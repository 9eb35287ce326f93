package com.nashir.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** File names for display, literal search patterns, srcset and the Arabic limit messages. */
class MediaTextTest {

    @Test
    void fileNamesAreCleanedForDisplay() {
        assertThat(FileNames.clean("C:\\Users\\سارة\\صورة الميناء.jpg")).isEqualTo("صورة الميناء.jpg");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("<b>alert(1)<i>.png")).isEqualTo("balert(1)i.png");
        assertThat(FileNames.clean("a\u0000b\nc\u202Egpj.exe")).isEqualTo("ab cgpj.exe");
        assertThat(FileNames.clean("...hidden.jpg")).isEqualTo("hidden.jpg");
        assertThat(FileNames.clean(null)).isEmpty();
        assertThat(FileNames.clean("x".repeat(500))).hasSize(FileNames.MAX);
    }

    @Test
    void searchPatternsTakeWildcardsLiterally() {
        assertThat(MediaRepository.likePattern(" 50%_Off! ")).isEqualTo("%50!%!_off!!%");
        assertThat(MediaRepository.likePattern("الميناء")).isEqualTo("%الميناء%");
    }

    @Test
    void srcsetListsEverySizeWithItsWidth() {
        var item = item(List.of(size(320, false), size(640, false), size(1024, false), size(1300, true)));
        assertThat(MediaLibrary.srcset(item))
                .isEqualTo("/media/2026/11/k-320.jpg 320w, /media/2026/11/k-640.jpg 640w, "
                        + "/media/2026/11/k-1024.jpg 1024w, /media/2026/11/k-1300.jpg 1300w");
        assertThat(MediaLibrary.srcset(item, p -> "https://news.example" + p))
                .startsWith("https://news.example/media/2026/11/k-320.jpg 320w");
        assertThat(item.display().width()).isEqualTo(1024);
        assertThat(item(List.of(size(320, false), size(800, true))).display().width())
                .isEqualTo(800);
    }

    @Test
    void limitMessagesAreArabicAndNameTheLimit() {
        assertThat(new MediaLimits(15L * 1024 * 1024).tooLargeMessage())
                .isEqualTo("حجم الملف أكبر من الحد المسموح به (15 ميغابايت)");
        assertThat(new MediaLimits(1_500_000).tooLargeMessage()).contains("1.4 ميغابايت");
        assertThat(MediaLimits.tooManyPixelsMessage(10_000, 10_000))
                .contains("100 ميغابكسل")
                .contains("الحد الأقصى 50 ميغابكسل");
    }

    private static MediaSize size(int width, boolean original) {
        return new MediaSize(width, width / 2, 1000, original, "2026/11/k-" + width + ".jpg");
    }

    private static MediaItem item(List<MediaSize> sizes) {
        return new MediaItem(
                1,
                "2026/11/k",
                "x.jpg",
                "image/jpeg",
                "jpeg",
                1300,
                650,
                5000,
                "بديل",
                "",
                "",
                false,
                null,
                Instant.EPOCH,
                sizes);
    }
}
