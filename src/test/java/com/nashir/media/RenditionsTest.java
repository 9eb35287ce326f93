package com.nashir.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sizes, formats, metadata stripping and scaling quality of what is stored. */
class RenditionsTest {

    @Test
    void aLargePhotoGetsEveryResponsiveWidthAndAnOriginalOf2400() {
        var set = make(TestImages.jpeg(3000, 2000));
        assertThat(widths(set)).containsExactly(320, 640, 1024, 1600, 2400);
        assertThat(set.png()).isFalse();
        for (var r : set.files()) {
            assertThat(r.height()).isEqualTo(Math.round(r.width() * 2000 / 3000f));
            BufferedImage back = TestImages.read(r.data());
            assertThat(back.getWidth()).isEqualTo(r.width());
            assertThat(back.getHeight()).isEqualTo(r.height());
            assertThat(ImageFormat.sniff(r.data())).contains(ImageFormat.JPEG);
        }
        assertThat(set.files().stream().filter(Renditions.Rendition::original).map(Renditions.Rendition::width))
                .containsExactly(2400);
    }

    @Test
    void aSmallImageIsNeverUpscaled() {
        assertThat(widths(make(TestImages.jpeg(800, 600)))).containsExactly(320, 640, 800);
        assertThat(widths(make(TestImages.jpeg(1024, 768)))).containsExactly(320, 640, 1024);
        assertThat(widths(make(TestImages.jpeg(200, 100)))).containsExactly(200);
    }

    @Test
    void transparencyIsKeptAsPng() {
        var set = make(TestImages.encode(TestImages.transparentLogo(700, 400), "png"));
        assertThat(set.png()).isTrue();
        assertThat(set.contentType()).isEqualTo("image/png");
        for (var r : set.files()) {
            assertThat(ImageFormat.sniff(r.data())).contains(ImageFormat.PNG);
            BufferedImage back = TestImages.read(r.data());
            assertThat(back.getRGB(0, 0) >>> 24).as("corner stays transparent").isZero();
            assertThat(back.getRGB(back.getWidth() / 2, back.getHeight() / 2) & 0xffffffffL)
                    .isEqualTo(0xffff0000L);
        }
    }

    @Test
    void anOpaquePngWithAnUnusedAlphaChannelBecomesJpeg() {
        BufferedImage argb = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        argb.getGraphics().drawImage(TestImages.photo(300, 200), 0, 0, null);
        assertThat(make(TestImages.encode(argb, "png")).png()).isFalse();
    }

    @Test
    void exifWithGpsIsStrippedAndTheOrientationIsAppliedToThePixels() {
        byte[] upload = TestImages.jpegWithExif(TestImages.halves(400, 200), 6, "GPS-SECRET-33.5N");
        assertThat(TestImages.contains(upload, "Exif")).isTrue();
        assertThat(TestImages.contains(upload, "GPS-SECRET")).isTrue();
        assertThat(ExifOrientation.of(upload)).isEqualTo(6);

        var header = ImageDecoder.inspect(upload);
        var decoded = ImageDecoder.decode(upload, header);
        assertThat(decoded.width()).isEqualTo(200);
        assertThat(decoded.height()).isEqualTo(400);
        var set = Renditions.make(decoded);
        for (var r : set.files()) {
            assertThat(TestImages.contains(r.data(), "Exif"))
                    .as("no EXIF segment")
                    .isFalse();
            assertThat(TestImages.contains(r.data(), "GPS-SECRET")).isFalse();
            assertThat(TestImages.contains(r.data(), "MM\0*"))
                    .as("no TIFF header")
                    .isFalse();
            assertThat(ExifOrientation.of(r.data())).isEqualTo(1);
        }
        // Turned 90° clockwise: the left (red) half is now on top, the right (blue) half below.
        BufferedImage shown =
                TestImages.read(set.files().get(set.files().size() - 1).data());
        assertThat(shown.getWidth()).isEqualTo(200);
        assertThat(shown.getHeight()).isEqualTo(400);
        assertThat(red(shown.getRGB(100, 50))).isGreaterThan(200);
        assertThat(blue(shown.getRGB(100, 350))).isGreaterThan(200);
    }

    @Test
    void everyOrientationComesOutUpright() {
        // The same upright picture (red left, blue right) stored the eight ways a camera can.
        BufferedImage upright = TestImages.halves(40, 20);
        for (int o = 1; o <= 8; o++) {
            BufferedImage stored = inverse(upright, o);
            BufferedImage back = ExifOrientation.apply(stored, o, BufferedImage.TYPE_INT_RGB);
            assertThat(back.getWidth()).as("orientation %d", o).isEqualTo(40);
            assertThat(back.getRGB(5, 10) & 0xffffff).as("orientation %d", o).isEqualTo(0xff0000);
            assertThat(back.getRGB(35, 10) & 0xffffff).as("orientation %d", o).isEqualTo(0x0000ff);
        }
    }

    @Test
    void scalingAveragesFineDetailInsteadOfAliasing() {
        // One-pixel black and white stripes: a smooth reduction is an even grey, a naive one shows bands.
        BufferedImage stripes = new BufferedImage(1600, 400, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 1600; x++) {
            for (int y = 0; y < 400; y++) {
                stripes.setRGB(x, y, x % 2 == 0 ? 0xffffff : 0x000000);
            }
        }
        BufferedImage small = ImageScaler.scale(stripes, 320, 80);
        for (int x = 2; x < 318; x += 7) {
            assertThat(small.getRGB(x, 40) & 0xff).as("x=%d", x).isBetween(100, 155);
        }
    }

    private static Renditions.Encoded make(byte[] upload) {
        return Renditions.make(ImageDecoder.decode(upload, ImageDecoder.inspect(upload)));
    }

    private static List<Integer> widths(Renditions.Encoded set) {
        return set.files().stream().map(Renditions.Rendition::width).toList();
    }

    private static int red(int rgb) {
        return rgb >> 16 & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }

    /** How a camera with this orientation tag would have stored the upright picture. */
    private static BufferedImage inverse(BufferedImage upright, int orientation) {
        int inverse = switch (orientation) {
            case 6 -> 8;
            case 8 -> 6;
            default -> orientation; // 1–5 and 7 undo themselves
        };
        return ExifOrientation.apply(upright, inverse, BufferedImage.TYPE_INT_RGB);
    }
}
