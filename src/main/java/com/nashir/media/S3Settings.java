package com.nashir.media;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where the S3-compatible bucket is ({@code nashir.media.s3.*}, NASHIR_MEDIA_S3_BUCKET and so on).
 * {@code endpoint}: the store's address, empty for AWS itself; {@code pathStyle}: bucket in the
 * path rather than the host name (MinIO, most self-hosted stores); keys empty: the AWS default
 * chain (environment, profile, instance role); {@code publicUrl}: a public bucket's or CDN's
 * address, then /media/ answers with a redirect there instead of streaming the file.
 */
@ConfigurationProperties("nashir.media.s3")
record S3Settings(
        String endpoint,
        String region,
        String bucket,
        String accessKey,
        String secretKey,
        Boolean pathStyle,
        String prefix,
        String publicUrl) {

    S3MediaStore store() {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("NASHIR_MEDIA_STORE=s3 needs a bucket: set NASHIR_MEDIA_S3_BUCKET");
        }
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region == null || region.isBlank() ? "us-east-1" : region.strip()))
                .forcePathStyle(pathStyle == null || pathStyle)
                .credentialsProvider(credentials())
                // Checksums only where S3 requires them: not every S3-compatible store takes the newer trailers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint.strip()));
        }
        S3Client client = builder.build();
        try {
            client.headBucket(b -> b.bucket(bucket.strip()));
        } catch (RuntimeException e) {
            client.close();
            throw new IllegalStateException(
                    "cannot reach media bucket '" + bucket + "' at " + (endpoint == null ? "AWS" : endpoint) + ": "
                            + e.getMessage(),
                    e);
        }
        return new S3MediaStore(client, bucket.strip(), prefix, publicUrl);
    }

    private AwsCredentialsProvider credentials() {
        if (accessKey == null || accessKey.isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(accessKey.strip(), secretKey == null ? "" : secretKey.strip()));
    }
}
