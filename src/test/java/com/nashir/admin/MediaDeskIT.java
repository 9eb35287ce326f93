package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.WebSession;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The newsroom's media library: upload by form and from the editor's picker, refusals that store nothing. */
@IntegrationTest
class MediaDeskIT {
    @LocalServerPort
    int port;

    Http http;
    Newsroom people;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        people = new Newsroom(http);
    }

    @Test
    void writerUploadsAnImageByTheFormAndFindsItByCaption() {
        WebSession writer = people.signIn(port, "writer");
        String caption =
                "ميناء الصيادين عند الغروب " + UUID.randomUUID().toString().substring(0, 6);
        var r = writer.upload(
                "/admin/media",
                Map.of("alt", "قوارب صيد راسية", "caption", caption, "credit", "أرشيف ناشر", "archive", "true"),
                "harbour.jpg",
                jpeg(1700, 900),
                "/admin/media",
                true);
        assertThat(r.statusCode()).isEqualTo(302);
        var page = writer.page(
                "/admin/media?q=" + java.net.URLEncoder.encode(caption, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.selectFirst("#message").text()).contains("رُفعت الصورة").contains("مقاسات");
        assertThat(page.select(".media-item")).hasSize(1);
        assertThat(page.selectFirst(".media-item img").attr("srcset"))
                .contains("320w")
                .contains("1600w");
        assertThat(page.selectFirst(".media-item img").attr("alt")).isEqualTo("قوارب صيد راسية");
    }

    @Test
    void aNonImageNamedJpgIsRefusedWithAMessageAndNothingIsStored() {
        WebSession writer = people.signIn(port, "writer");
        long before = total();
        var r = writer.upload(
                "/admin/media",
                Map.of("alt", "ليست صورة"),
                "report.jpg",
                "%PDF-1.4 not an image at all".getBytes(),
                "/admin/media",
                true);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(writer.page("/admin/media").selectFirst("#message").text()).contains("ليس صورة");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void anOversizedUploadIsRefusedWithAnArabicPageAndNothingIsStored() {
        WebSession writer = people.signIn(port, "writer");
        long before = total();
        byte[] big = new byte[16 * 1024 * 1024];
        var r = writer.upload("/admin/media", Map.of("alt", "كبيرة جداً"), "big.jpg", big, "/admin/media", true);
        // Tomcat refuses the body before any form field can be read: an Arabic page says why.
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(r.body()).text()).contains("الملف كبير جداً");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void missingAltTextIsRefused() {
        WebSession writer = people.signIn(port, "writer");
        long before = total();
        writer.upload("/admin/media", Map.of("alt", "  "), "a.jpg", jpeg(400, 300), "/admin/media", true);
        assertThat(writer.page("/admin/media").selectFirst("#message").text()).contains("النص البديل مطلوب");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aContributorHasNoUploadFormAndAForgedUploadStoresNothing() {
        WebSession contributor = people.signIn(port, "contributor");
        long before = total();
        var page = contributor.page("/admin/media");
        assertThat(page.select("#upload-form")).isEmpty();
        contributor.upload("/admin/media", Map.of("alt", "محاولة"), "a.jpg", jpeg(400, 300), "/admin/media", true);
        assertThat(contributor.page("/admin/media").selectFirst("#message").text())
                .contains("كاتب");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void uploadWithoutTheCsrfTokenIsRefused() {
        WebSession writer = people.signIn(port, "writer");
        long before = total();
        var r = writer.upload("/admin/media", Map.of("alt", "بلا رمز"), "a.jpg", jpeg(400, 300), "/admin/media", false);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void thePickerUploadsWithTheCsrfHeaderAndAnswersJson() {
        WebSession writer = people.signIn(port, "writer");
        String token = writer.csrf("/admin/articles/new");
        String caption = "لقطة للمحرر " + UUID.randomUUID().toString().substring(0, 6);
        String boundary = "b" + System.nanoTime();
        byte[] body = multipart(boundary, Map.of("alt", "لقطة", "caption", caption), jpeg(800, 450));
        var r = writer.send(
                HttpRequest.newBuilder()
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("X-CSRF-TOKEN", token)
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                "/admin/media/picker");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        var json = Http.parse(r.body());
        assertThat(json.get("url").asString()).startsWith("/media/").endsWith("-800.jpg");
        assertThat(json.get("caption").asString()).isEqualTo(caption);

        var found = writer.get("/admin/media/picker?q="
                + java.net.URLEncoder.encode(caption, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Http.parse(found.body()).get("items").size()).isEqualTo(1);
    }

    @Test
    void theFeaturedImageOfAPublishedArticleIsServedWithEverySize() {
        WebSession writer = people.signIn(port, "writer");
        String token = writer.csrf("/admin/articles/new");
        String boundary = "b" + System.nanoTime();
        var up = writer.send(
                HttpRequest.newBuilder()
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("X-CSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                multipart(boundary, Map.of("alt", "منظر"), jpeg(1300, 731)))),
                "/admin/media/picker");
        String url = Http.parse(up.body()).get("url").asString();
        String section = new com.nashir.testing.Fixtures(http).section();
        var article = com.nashir.testing.Fixtures.article(section, "مقال بصورة من المكتبة");
        var withImage = new java.util.LinkedHashMap<>(article);
        withImage.put("featuredImage", Map.of("url", url, "alt", "منظر", "caption", "", "credit", ""));
        String link =
                new com.nashir.testing.Fixtures(http).post(withImage).get("url").asString();
        var page = Jsoup.parse(http.get(com.nashir.testing.Fixtures.path(link)).body());
        String srcset = page.selectFirst(".lead-figure img").attr("srcset");
        assertThat(srcset)
                .contains("-320.jpg 320w")
                .contains("-640.jpg 640w")
                .contains("-1024.jpg 1024w")
                .contains("-1300.jpg 1300w");
    }

    private long total() {
        return http.api("GET", "/api/v1/media", null).json().get("total").asLong();
    }

    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0x1d4e89), width, height, new Color(0xe8b04b)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] multipart(String boundary, Map<String, String> fields, byte[] file) {
        var out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
