package com.nashir.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.TestDatabase;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * Content made through the Nashir API for the WordPress API tests, in sections of its own (the
 * site is shared with other tests): four public posts in section A and one in section B, signed
 * by a new author or a desk, with two new tags and one library image; plus a draft and a post
 * due tomorrow in section A, which must never show.
 *
 * <pre>
 * p1  A  author  tag1        image   2024-06-10 10:00 +03:00
 * p2  A  desk    tag1 tag2           2024-06-11 10:00 +03:00
 * p3  A  author  tag2                2024-06-12 10:00 +03:00
 * p4  B  author                      2024-06-13 10:00 +03:00
 * </pre>
 */
final class WpFixture {
    final String key = UUID.randomUUID().toString().substring(0, 8);
    final String sectionA;
    final String sectionB;
    final long sectionAId;
    final long sectionBId;
    final long authorId;
    final String authorSlug;
    final long tag1;
    final long tag2;
    /** A tag that only the draft carries: it must not be listed. */
    final long secretTag;

    final long mediaId;
    final String imagePath;
    final long p1;
    final long p2;
    final long p3;
    final long p4;
    final long draft;
    final long future;
    final String p3Slug;
    final long deskId;

    WpFixture(Http http) {
        Fixtures fx = new Fixtures(http);
        sectionA = fx.section();
        sectionB = fx.section();
        sectionAId = http.api("GET", "/api/v1/sections/" + sectionA, null)
                .json()
                .get("id")
                .asLong();
        sectionBId = http.api("GET", "/api/v1/sections/" + sectionB, null)
                .json()
                .get("id")
                .asLong();
        authorSlug = "wp-author-" + key;
        var author = http.api(
                "POST",
                "/api/v1/authors",
                Http.json(Map.of("slug", authorSlug, "name", "هدى الكاتبة " + key, "bio", "تكتب عن المياه")));
        assertThat(author.status()).as(author.body()).isEqualTo(201);
        authorId = author.json().get("id").asLong();
        var desk = http.api(
                "POST", "/api/v1/desks", Http.json(Map.of("slug", "wp-desk-" + key, "name", "مكتب الاختبار " + key)));
        assertThat(desk.status()).as(desk.body()).isEqualTo(201);
        deskId = desk.json().get("id").asLong();
        tag1 = tag(http, "مياه " + key);
        tag2 = tag(http, "زراعة " + key);
        secretTag = tag(http, "سري " + key);
        var media = upload(http);
        mediaId = media.get("id").asLong();
        imagePath = Fixtures.path(media.get("url").asString());

        p1 = post(
                fx,
                sectionA,
                "سدود جديدة في الأردن " + key,
                byAuthor(),
                List.of("مياه " + key),
                "2024-06-10T10:00:00+03:00",
                true,
                "published");
        p2 = post(
                fx,
                sectionA,
                "الجفاف يضرب المحاصيل " + key,
                Map.of("desk", "wp-desk-" + key),
                List.of("مياه " + key, "زراعة " + key),
                "2024-06-11T10:00:00+03:00",
                false,
                "published");
        var third = fx.post(article(
                sectionA,
                "موسم القمح يبدأ مبكراً " + key,
                byAuthor(),
                List.of("زراعة " + key),
                "2024-06-12T10:00:00+03:00",
                false,
                "published"));
        p3 = third.get("id").asLong();
        p3Slug = http.api("GET", "/api/v1/articles/" + p3, null)
                .json()
                .get("slug")
                .asString();
        p4 = post(
                fx,
                sectionB,
                "مباراة ودية في عمّان " + key,
                byAuthor(),
                List.of(),
                "2024-06-13T10:00:00+03:00",
                false,
                "published");
        draft = post(
                fx,
                sectionA,
                "مسودة سرية عن المياه " + key,
                byAuthor(),
                List.of("مياه " + key, "سري " + key),
                null,
                true,
                "draft");
        future = post(
                fx,
                sectionA,
                "مقال الغد عن المياه " + key,
                byAuthor(),
                List.of("مياه " + key),
                java.time.OffsetDateTime.now().plusDays(1).withNano(0).toString(),
                false,
                "published");
    }

    private Map<String, Object> byAuthor() {
        return Map.of("authors", List.of(authorSlug));
    }

    private long post(
            Fixtures fx,
            String section,
            String headline,
            Map<String, Object> byline,
            List<String> tags,
            String at,
            boolean image,
            String status) {
        Map<String, Object> a = article(section, headline, byline, tags, at, image, status);
        return fx.post(a).get("id").asLong();
    }

    private Map<String, Object> article(
            String section,
            String headline,
            Map<String, Object> byline,
            List<String> tags,
            String at,
            boolean image,
            String status) {
        Map<String, Object> a = Fixtures.article(section, headline);
        a.put("byline", byline);
        a.put("tags", tags);
        a.put("status", status);
        a.put("summary", "ملخص " + headline);
        a.put(
                "body",
                "<p>نص المقال عن المياه والزراعة &amp; الطقس.</p><p><a href=\"/section/" + section
                        + "\">القسم</a></p>");
        if (at == null) {
            a.remove("publishedAt");
        } else {
            a.put("publishedAt", at);
        }
        if (image) {
            a.put(
                    "featuredImage",
                    Map.of(
                            "url",
                            imagePath,
                            "alt",
                            "سد على نهر",
                            "caption",
                            "سد الملك طلال",
                            "credit",
                            "ناشر",
                            "archive",
                            true));
        }
        return a;
    }

    private static long tag(Http http, String name) {
        var r = http.api("POST", "/api/v1/tags", Http.json(Map.of("name", name)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** The desk's id as a WordPress user. */
    long deskUser() {
        return WpUsers.deskUserId(deskId);
    }

    private static tools.jackson.databind.JsonNode upload(Http http) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, 800, 500);
        g.dispose();
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String boundary = "----wp-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("alt", "سد على نهر");
        fields.put("caption", "سد الملك طلال");
        fields.put("archive", "true");
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dam.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png.toByteArray());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/media"))
                .header("Authorization", "Bearer " + TestDatabase.ADMIN_TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .timeout(Duration.ofSeconds(60))
                .build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            return Http.parse(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
