package com.nashir.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API server for tests: s3proxy with its filesystem backend in a temporary folder, on
 * loopback (ports 19250-19289), with signature-checked credentials. Not a mock: requests go over
 * HTTP through the AWS SDK exactly as to AWS, MinIO or R2.
 */
public final class S3Server implements AutoCloseable {
    public static final String ACCESS_KEY = "nashir-test";
    public static final String SECRET_KEY = "nashir-test-secret";

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final Path root;
    private final int port;

    private S3Server(S3Proxy proxy, BlobStoreContext context, Path root, int port) {
        this.proxy = proxy;
        this.context = context;
        this.root = root;
        this.port = port;
    }

    public static S3Server start() throws Exception {
        Path root = Files.createTempDirectory("nashir-s3-");
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", root.toString());
        BlobStoreContext context =
                ContextBuilder.newBuilder("filesystem").overrides(properties).build(BlobStoreContext.class);
        int port = freePort();
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(10))
                .until(() -> "STARTED".equals(proxy.getState()));
        return new S3Server(proxy, context, root, port);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The folder holding the buckets' files (a bucket is a folder, an object a file). */
    public Path root() {
        return root;
    }

    /** A client for the test's own checks and set-up. */
    public S3Client client() {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .endpointOverride(URI.create(endpoint()))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    /** Creates a bucket and returns its name. */
    public String bucket(String name) {
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(name));
        }
        return name;
    }

    /** The settings that point a Nashir node at a bucket of this server, as {@code --key=value} arguments. */
    public String[] nodeArgs(String bucket, String... extra) {
        String[] base = {
            "--nashir.media.store=s3",
            "--nashir.media.s3.endpoint=" + endpoint(),
            "--nashir.media.s3.bucket=" + bucket,
            "--nashir.media.s3.access-key=" + ACCESS_KEY,
            "--nashir.media.s3.secret-key=" + SECRET_KEY,
            "--nashir.media.s3.region=us-east-1"
        };
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }

    private static int freePort() {
        for (int port = 19250; port < 19290; port++) {
            try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException e) {
                // taken: try the next one
            }
        }
        throw new UncheckedIOException(new IOException("no free port in 19250-19289 for the S3 test server"));
    }
}
