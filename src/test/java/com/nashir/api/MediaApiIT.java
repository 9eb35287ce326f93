package com.nashir.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.TestDatabase;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/** The media library through the API, and its files as the public site serves them. */
@IntegrationTest
class MediaApiIT {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Autowired
    com.nashir.media.MediaLibrary media;

    Http http;
    Newsroom people;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        people = new Newsroom(http);
    }

    @Test
    void aWriterUploadsAPhotoAndEverySizeIsServedAsAnImmutableImage() throws Exception {
        String caption = "رافعات ميناء اللاذقية عند الفجر " + people.suffix;
        var r = upload(
                people.writer,
                jpeg(1300, 800),
                "ميناء اللاذقية.jpg",
                "image/jpeg",
                fields("رافعات الحاويات في الميناء", caption, "وكالة الأنباء", "true"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode m = r.json();
        assertThat(r.header("Location"))
                .isEqualTo("/api/v1/media/" + m.get("id").asLong());
        assertThat(m.get("width").asInt()).isEqualTo(1300);
        assertThat(m.get("height").asInt()).isEqualTo(800);
        assertThat(m.get("alt").asString()).isEqualTo("رافعات الحاويات في الميناء");
        assertThat(m.get("caption").asString()).isEqualTo(caption);
        assertThat(m.get("credit").asString()).isEqualTo("وكالة الأنباء");
        assertThat(m.get("archive").asBoolean()).isTrue();
        assertThat(m.get("filename").asString()).isEqualTo("ميناء اللاذقية.jpg");
        long writerId = http.apiAs(people.writer, "GET", "/api/v1/me", null)
                .json()
                .get("userId")
                .asLong();
        assertThat(m.get("uploadedBy").asLong()).isEqualTo(writerId);
        assertThat(m.get("url").asString())
                .matches("http://localhost:\\d+/media/\\d{4}/\\d{2}/[a-z0-9]{20}-1024\\.jpg");
        List<Integer> widths =
                m.get("sizes").valueStream().map(s -> s.get("width").asInt()).toList();
        assertThat(widths).containsExactly(320, 640, 1024, 1300);
        assertThat(m.get("srcset").asString()).contains("-320.jpg 320w, ").endsWith("-1300.jpg 1300w");

        for (JsonNode size : m.get("sizes")) {
            String path = Fixtures.path(size.get("url").asString());
            var file = fetch(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(file.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            String etag = file.headers().firstValue("ETag").orElseThrow();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.body()));
            assertThat(image.getWidth()).isEqualTo(size.get("width").asInt());
            assertThat(image.getHeight()).isEqualTo(size.get("height").asInt());
            assertThat(fetch(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        }
        var again = http.api("GET", "/api/v1/media/" + m.get("id").asLong(), null);
        assertThat(again.json().get("srcset").asString())
                .isEqualTo(m.get("srcset").asString());
    }

    /** Feeds and the WordPress API look up a page's pictures together: each address finds its item, others nothing. */
    @Test
    void manyAddressesAreLookedUpTogether() {
        JsonNode a = upload(people.writer, jpeg(700, 400), "a.jpg", "image/jpeg", fields("أ", "", "", null))
                .json();
        JsonNode b = upload(people.writer, jpeg(500, 300), "b.jpg", "image/jpeg", fields("ب", "", "", null))
                .json();
        String aSmall = Fixtures.path(a.get("sizes").get(0).get("url").asString());
        String aDisplay = Fixtures.path(a.get("url").asString());
        String bDisplay = Fixtures.path(b.get("url").asString());
        String unknown = aDisplay.replaceAll("/[a-z0-9]{20}-", "/zzzzzzzzzzzzzzzzzzzz-");
        var found = media.byPaths(
                List.of(aSmall, aDisplay, bDisplay, unknown, "/assets/demo/x.jpg", "https://elsewhere.example/y.jpg"));
        assertThat(found).containsOnlyKeys(aSmall, aDisplay, bDisplay);
        assertThat(found.get(aSmall).id()).isEqualTo(a.get("id").asLong());
        assertThat(found.get(aDisplay).id()).isEqualTo(a.get("id").asLong());
        assertThat(found.get(bDisplay).id()).isEqualTo(b.get("id").asLong());
        assertThat(found.get(bDisplay).sizes()).isNotEmpty();
        assertThat(media.byPaths(List.of())).isEmpty();
        assertThat(media.byPath(bDisplay))
                .map(com.nashir.media.MediaItem::id)
                .hasValue(b.get("id").asLong());
    }

    @Test
    void transparentImagesAreKeptAsPng() throws Exception {
        BufferedImage logo = new BufferedImage(700, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(200, 50, 300, 200);
        g.dispose();
        var r = upload(people.writer, encode(logo, "png"), "logo.png", "image/png", fields("شعار", "", "", null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("url").asString()).endsWith("-700.png");
        var file = fetch(Fixtures.path(r.json().get("sizes").get(0).get("url").asString()));
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
        // The bootstrap token belongs to no user: nobody is recorded as the uploader.
        var byBootstrap = upload(
                TestDatabase.ADMIN_TOKEN, encode(logo, "png"), "logo.png", "image/png", fields("شعار", "", "", null));
        assertThat(byBootstrap.json().get("uploadedBy").isNull())
                .as(byBootstrap.body())
                .isTrue();
    }

    @Test
    void aContributorMayNotUpload() {
        Stored before = stored();
        var r = upload(people.contributor, jpeg(400, 300), "x.jpg", "image/jpeg", fields("صورة", "", "", null));
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.json().get("requiredRole").asString()).isEqualTo("writer");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aTextFileNamedJpgIsRefusedAndNothingIsStored() {
        Stored before = stored();
        byte[] text = "ليس صورة بل نص عادي".getBytes(StandardCharsets.UTF_8);
        var r = upload(people.writer, text, "photo.jpg", "image/jpeg", fields("صورة", "", "", null));
        assertProblem(r, 400, "file");
        assertThat(r.json().get("detail").asString()).contains("ليس صورة");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        Stored before = stored();
        var r = upload(
                people.writer, pngHeaderOnly(10_000, 10_000), "bomb.png", "image/png", fields("صورة", "", "", null));
        assertProblem(r, 400, "file");
        assertThat(r.json().get("detail").asString()).contains("ميغابكسل");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aFileOverTheSizeLimitIsA413NamingTheFile() {
        Stored before = stored();
        byte[] big = new byte[16 * 1024 * 1024];
        byte[] head = jpeg(100, 100);
        System.arraycopy(head, 0, big, 0, head.length);
        var r = upload(people.writer, big, "big.jpg", "image/jpeg", fields("صورة", "", "", null));
        assertProblem(r, 413, "file");
        assertThat(r.json().get("detail").asString()).contains("15 ميغابايت");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void altTextAndTheFileAreRequired() {
        Stored before = stored();
        var noAlt = upload(people.writer, jpeg(300, 200), "x.jpg", "image/jpeg", fields("  ", "تعليق", "", null));
        assertProblem(noAlt, 400, "alt");
        var noFile = upload(people.writer, null, null, null, fields("صورة", "", "", null));
        assertProblem(noFile, 400, "file");
        var json = http.apiAs(people.writer, "POST", "/api/v1/media", "{\"alt\": \"صورة\"}");
        assertProblem(json, 400, "file");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void searchFindsByCaptionOrAltTextAndTakesWildcardsLiterally() {
        String token = "Port" + people.suffix;
        long id = upload(
                        people.writer,
                        jpeg(400, 300),
                        "a.jpg",
                        "image/jpeg",
                        fields("صورة", "ميناء " + token + " ليلاً", "", null))
                .json()
                .get("id")
                .asLong();
        long other = upload(
                        people.writer,
                        jpeg(400, 300),
                        "b.jpg",
                        "image/jpeg",
                        fields("مصنع " + token + " قديم", "", "", null))
                .json()
                .get("id")
                .asLong();
        var found = http.apiAs(people.contributor, "GET", "/api/v1/media?q=" + enc(token.toUpperCase()), null);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(ids(found.json())).containsExactlyInAnyOrder(id, other);
        assertThat(found.json().get("total").asLong()).isEqualTo(2);
        assertThat(ids(http.api("GET", "/api/v1/media?q=" + enc("ميناء " + token), null)
                        .json()))
                .containsExactly(id);
        var wildcard = http.api("GET", "/api/v1/media?q=" + enc("%_") + "&perPage=100", null)
                .json();
        assertThat(wildcard.get("total").asLong()).isZero();
        var paged = http.api("GET", "/api/v1/media?q=" + enc(token) + "&perPage=1&page=2", null)
                .json();
        assertThat(paged.get("items").size()).isEqualTo(1);
        assertThat(paged.get("totalPages").asLong()).isEqualTo(2);
    }

    @Test
    void theUploaderOrAnEditorChangesOrDeletesAndTheFilesGo() throws Exception {
        JsonNode m = upload(people.writer, jpeg(700, 400), "a.jpg", "image/jpeg", fields("صورة", "تعليق أول", "", null))
                .json();
        long id = m.get("id").asLong();
        String otherWriter = people.tokenFor("writer");

        var hijack =
                http.apiAs(otherWriter, "PATCH", "/api/v1/media/" + id, Http.json(Map.of("caption", "تعليق مختطف")));
        assertThat(hijack.status()).as(hijack.body()).isEqualTo(403);
        assertThat(http.apiAs(otherWriter, "DELETE", "/api/v1/media/" + id, null)
                        .status())
                .isEqualTo(403);

        var patched = http.apiAs(
                people.writer,
                "PATCH",
                "/api/v1/media/" + id,
                Http.json(Map.of("caption", "تعليق معدل", "credit", "مصور الصحيفة", "archive", true)));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("caption").asString()).isEqualTo("تعليق معدل");
        assertThat(patched.json().get("alt").asString()).isEqualTo("صورة");
        assertThat(patched.json().get("archive").asBoolean()).isTrue();
        assertThat(patched.json().get("url").asString()).isEqualTo(m.get("url").asString());
        var noAlt = http.apiAs(people.writer, "PATCH", "/api/v1/media/" + id, "{\"alt\": null}");
        assertProblem(noAlt, 400, "alt");

        Stored before = stored();
        assertThat(http.apiAs(people.editor, "DELETE", "/api/v1/media/" + id, null)
                        .status())
                .isEqualTo(204);
        assertThat(http.api("GET", "/api/v1/media/" + id, null).status()).isEqualTo(404);
        assertThat(fetch(Fixtures.path(m.get("url").asString())).statusCode()).isEqualTo(404);
        Stored after = stored();
        assertThat(after.rows()).isEqualTo(before.rows() - 1);
        assertThat(after.files()).isEqualTo(before.files() - m.get("sizes").size());
    }

    @Test
    void onlyMediaFilesAreServedUnderMedia() throws Exception {
        for (String path : List.of(
                "/media/",
                "/media/2026",
                "/media/%2e%2e/%2e%2e/etc/passwd",
                "/media/..%2f..%2fdb%2fnashir.mv.db",
                "/media/2026/11/abcdefghij0123456789-320.jpg",
                "/media/db/nashir.mv.db")) {
            assertThat(fetch(path).statusCode()).as(path).isIn(400, 404);
        }
    }

    // ---------------------------------------------------------------- helpers

    private record Stored(long rows, long files) {}

    /** Library rows (the API's total) and files under the data directory's media folder. */
    private Stored stored() {
        long rows = http.api("GET", "/api/v1/media?perPage=1", null)
                .json()
                .get("total")
                .asLong();
        Path media = Path.of(env.getRequiredProperty("nashir.data-dir")).resolve("media");
        if (!Files.isDirectory(media)) {
            return new Stored(rows, 0);
        }
        try (Stream<Path> all = Files.walk(media)) {
            return new Stored(rows, all.filter(Files::isRegularFile).count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> fields(String alt, String caption, String credit, String archive) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("alt", alt);
        f.put("caption", caption);
        f.put("credit", credit);
        if (archive != null) {
            f.put("archive", archive);
        }
        return f;
    }

    /** POST /api/v1/media as multipart/form-data, the body written by hand; {@code file} may be null. */
    private Http.Response upload(
            String token, byte[] file, String filename, String contentType, Map<String, String> fields) {
        String boundary = "----nashir-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/media"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .timeout(Duration.ofSeconds(60))
                .build();
        HttpResponse<String> r = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Http.Response(r.statusCode(), r.headers(), r.body());
    }

    private HttpResponse<byte[]> fetch(String path, String... headers) {
        var builder =
                HttpRequest.newBuilder(URI.create(http.base() + path)).GET().timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(Http.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("field").asString()).isEqualTo(field);
        assertThat(r.json().get("detail").asString()).matches("(?s).*[\\u0600-\\u06FF].*");
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asLong()).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 80, 150), width, height, new Color(240, 190, 70)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG that is only a header claiming width × height: a few dozen bytes, no pixels. */
    private static byte[] pngHeaderOnly(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .array();
        for (var chunk : List.of(Map.entry("IHDR", ihdr), Map.entry("IEND", new byte[0]))) {
            byte[] type = chunk.getKey().getBytes(StandardCharsets.US_ASCII);
            out.writeBytes(
                    ByteBuffer.allocate(4).putInt(chunk.getValue().length).array());
            out.writeBytes(type);
            out.writeBytes(chunk.getValue());
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(chunk.getValue());
            out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        }
        return out.toByteArray();
    }
}
