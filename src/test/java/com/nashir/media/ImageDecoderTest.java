package com.nashir.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nashir.system.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

/** Content checks: the bytes decide, never the name; huge canvases are refused from the header. */
class ImageDecoderTest {

    @Test
    void aTextFileNamedJpgIsNotAnImage() {
        byte[] text = "هذا ملف نصي وليس صورة، رغم أن اسمه photo.jpg".getBytes(StandardCharsets.UTF_8);
        assertRejected(text, ImageDecoder.NOT_AN_IMAGE);
    }

    @Test
    void svgAndOtherFormatsAreNotAccepted() {
        assertRejected(
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8),
                ImageDecoder.NOT_AN_IMAGE);
        assertRejected(TestImages.encode(TestImages.photo(10, 10), "bmp"), ImageDecoder.NOT_AN_IMAGE);
    }

    @Test
    void magicBytesFollowedByGarbageAreUnreadable() {
        byte[] fake = new byte[200];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        assertRejected(fake, ImageDecoder.UNREADABLE);
    }

    @Test
    void aTruncatedJpegIsUnreadableWhenDecoded() {
        byte[] whole = TestImages.jpeg(400, 300);
        byte[] cut = java.util.Arrays.copyOf(whole, 300);
        var header = ImageDecoder.inspect(cut);
        assertThat(header.width()).isEqualTo(400);
        // A cut-off JPEG either decodes partly (grey bottom) or fails; it must never throw anything but a field error.
        try {
            ImageDecoder.decode(cut, header);
        } catch (InvalidInputException e) {
            assertThat(e.errors().get(0).field()).isEqualTo("file");
        }
    }

    @Test
    void aPngClaiming10000By10000IsRefusedFromItsHeaderAlone() {
        byte[] bomb = TestImages.pngHeaderOnly(10_000, 10_000);
        assertThat(bomb.length).isLessThan(100);
        // The file has no pixel data at all: decoding would fail as "unreadable". Getting the
        // pixel-count message proves the check ran on the header, before any decoding.
        assertThatThrownBy(() -> ImageDecoder.inspect(bomb)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors().get(0).field()).isEqualTo("file");
            assertThat(e.errors().get(0).message())
                    .contains("10000×10000")
                    .contains("100 ميغابكسل")
                    .contains("50 ميغابكسل");
        });
    }

    @Test
    void aJpegFrameHeaderClaiming10000By10000IsRefused() {
        byte[] bomb = TestImages.jpegHeaderOnly(10_000, 10_000);
        assertThatThrownBy(() -> ImageDecoder.inspect(bomb))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).message()).contains("ميغابكسل"));
    }

    @Test
    void justUnderFiftyMegapixelsPassesTheHeaderCheck() {
        var header = ImageDecoder.inspect(TestImages.pngHeaderOnly(7071, 7071));
        assertThat((long) header.width() * header.height()).isLessThanOrEqualTo(MediaLimits.MAX_PIXELS);
        assertThatThrownBy(() -> ImageDecoder.inspect(TestImages.pngHeaderOnly(7072, 7072)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readsEachAcceptedFormat() {
        assertDecodes(TestImages.jpeg(64, 48), ImageFormat.JPEG, 64, 48);
        assertDecodes(TestImages.encode(TestImages.transparentLogo(40, 30), "png"), ImageFormat.PNG, 40, 30);
        assertDecodes(TestImages.encode(TestImages.photo(50, 20), "gif"), ImageFormat.GIF, 50, 20);
        assertDecodes(TestImages.WEBP_1X1, ImageFormat.WEBP, 1, 1);
    }

    @Test
    void anAnimatedGifIsReadAsItsFirstFrame() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        var bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(TestImages.halves(30, 20), null, null), null);
            writer.writeToSequence(new IIOImage(TestImages.photo(30, 20), null, null), null);
            writer.endWriteSequence();
        }
        var decoded = ImageDecoder.decode(bytes.toByteArray(), ImageDecoder.inspect(bytes.toByteArray()));
        assertThat(decoded.image().getRGB(2, 10) & 0xffffff).isEqualTo(0xff0000);
    }

    @Test
    void onlyHugePhotosAreSubsampled() {
        assertThat(ImageDecoder.subsampling(6000, 4000)).isEqualTo(1);
        assertThat(ImageDecoder.subsampling(8256, 5504)).isEqualTo(2);
        assertThat(ImageDecoder.subsampling(7071, 7071)).isEqualTo(2);
    }

    @Test
    void formatIsSniffedFromTheFirstBytes() {
        assertThat(ImageFormat.sniff(TestImages.jpeg(8, 8))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(TestImages.WEBP_1X1)).contains(ImageFormat.WEBP);
        assertThat(ImageFormat.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .contains(ImageFormat.GIF);
        assertThat(ImageFormat.sniff(new byte[0])).isEmpty();
        assertThat(ImageFormat.sniff("RIFF0000WAVE".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }

    private static void assertDecodes(byte[] bytes, ImageFormat format, int width, int height) {
        var header = ImageDecoder.inspect(bytes);
        assertThat(header.format()).isEqualTo(format);
        var decoded = ImageDecoder.decode(bytes, header);
        BufferedImage image = decoded.image();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    private static void assertRejected(byte[] bytes, String message) {
        assertThatThrownBy(() -> ImageDecoder.inspect(bytes)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors().get(0).field()).isEqualTo("file");
            assertThat(e.errors().get(0).message()).isEqualTo(message);
        });
    }
}
