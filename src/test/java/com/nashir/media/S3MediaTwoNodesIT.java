package com.nashir.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import com.nashir.testing.OtherNode;
import com.nashir.testing.S3Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one database and one S3-compatible bucket (s3proxy, a real S3 API server on
 * loopback): a picture uploaded on one node is served by the other in every size, with the same
 * immutable cache headers as local files; a delete on one removes every object; with a public
 * bucket address /media/ redirects there.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3MediaTwoNodesIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    Environment env;

    S3Server s3;
    String bucket;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void start() throws Exception {
        s3 = S3Server.start();
        bucket = s3.bucket("nashir-media-" + UUID.randomUUID().toString().substring(0, 8));
        a = OtherNode.start(env, s3.nodeArgs(bucket));
        b = OtherNode.start(env, s3.nodeArgs(bucket));
    }

    @AfterAll
    void stop() throws Exception {
        b.close();
        a.close();
        s3.close();
    }

    @Test
    void aPictureUploadedOnOneNodeIsServedByTheOtherInEverySizeAndDeletedEverywhere() throws Exception {
        Http one = new Http(OtherNode.port(a));
        Http two = new Http(OtherNode.port(b));
        Newsroom people = new Newsroom(one);
        var uploaded = upload(one, people.writer, TestImages.jpeg(1300, 800), "ميناء.jpg");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode media = uploaded.json();
        List<String> keys = media.get("sizes")
                .valueStream()
                .map(s -> path(s.get("url").asString()).substring("/media/".length()))
                .toList();
        assertThat(keys).hasSizeGreaterThan(1);

        try (S3Client client = s3.client()) {
            List<String> stored = client.listObjectsV2(r -> r.bucket(bucket)).contents().stream()
                    .map(S3Object::key)
                    .toList();
            assertThat(stored).containsAll(keys);
            for (String key : keys) {
                HttpResponse<byte[]> served = get(two, "/media/" + key);
                assertThat(served.statusCode()).as(key).isEqualTo(200);
                assertThat(served.headers().firstValue("Content-Type").orElse(""))
                        .isEqualTo("image/jpeg");
                assertThat(served.headers().firstValue("Cache-Control").orElse(""))
                        .isEqualTo("public, max-age=31536000, immutable");
                assertThat(served.headers().firstValue("ETag")).isPresent();
                assertThat(served.body())
                        .isEqualTo(client.getObjectAsBytes(r -> r.bucket(bucket).key(key))
                                .asByteArray());
                var head = client.headObject(r -> r.bucket(bucket).key(key));
                assertThat(head.contentType()).isEqualTo("image/jpeg");
                assertThat(head.cacheControl()).isEqualTo(S3MediaStore.IMMUTABLE);
                String etag = served.headers().firstValue("ETag").orElseThrow();
                assertThat(get(two, "/media/" + key, "If-None-Match", etag).statusCode())
                        .isEqualTo(304);
            }
        }
        // Nothing on either node's disk: the bucket is the only copy.
        for (var node : List.of(a, b)) {
            Path local = Path.of(node.getEnvironment().getProperty("nashir.data-dir"))
                    .resolve("media");
            assertThat(!Files.exists(local) || Files.list(local).findAny().isEmpty())
                    .as("local media folder of a node")
                    .isTrue();
        }

        var deleted = two.apiAs(
                people.admin, "DELETE", "/api/v1/media/" + media.get("id").asLong(), null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        try (S3Client client = s3.client()) {
            List<String> left = client.listObjectsV2(r -> r.bucket(bucket)).contents().stream()
                    .map(S3Object::key)
                    .toList();
            assertThat(left).doesNotContainAnyElementsOf(keys);
        }
        assertThat(get(one, "/media/" + keys.get(0)).statusCode()).isEqualTo(404);
    }

    @Test
    void unknownAndUnsafeKeysAre404() throws Exception {
        Http two = new Http(OtherNode.port(b));
        assertThat(get(two, "/media/2026/01/aaaaaaaaaaaaaaaaaaaa-640.jpg").statusCode())
                .isEqualTo(404);
        assertThat(get(two, "/media/%2e%2e/db/nashir.mv.db").statusCode()).isIn(400, 404);
    }

    @Test
    void withAPublicBucketAddressMediaAddressesRedirectThere() throws Exception {
        try (ConfigurableApplicationContext node = OtherNode.start(
                env,
                s3.nodeArgs(
                        bucket,
                        "--nashir.media.s3.public-url=https://media.example.org/news",
                        "--nashir.media.s3.prefix=site/"))) {
            Http http = new Http(OtherNode.port(node));
            Newsroom people = new Newsroom(http);
            var uploaded = upload(http, people.writer, TestImages.jpeg(700, 400), "صورة.jpg");
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            String key = path(uploaded.json().get("url").asString()).substring("/media/".length());
            try (S3Client client = s3.client()) {
                assertThat(client.headObject(r -> r.bucket(bucket).key("site/" + key))
                                .contentLength())
                        .isPositive();
            }
            HttpResponse<byte[]> r = get(http, "/media/" + key);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse(""))
                    .isEqualTo("https://media.example.org/news/site/" + key);
        }
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    private static HttpResponse<byte[]> get(Http http, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(http.base() + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Http.Response upload(Http http, String token, byte[] file, String filename) {
        return http.uploadAs(token, filename, "image/jpeg", file, "رافعات في الميناء");
    }
}
