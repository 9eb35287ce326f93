package com.nashir.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media files in a bucket of an S3-compatible object store (AWS S3, MinIO, Cloudflare R2,
 * Backblaze B2…), so every app node serves every upload. An object appears whole or not at all
 * (S3's PUT), and carries its content type and the immutable cache header, so a public bucket or
 * a CDN in front of it serves it as Nashir would. Files are read as a stream, never held whole.
 */
final class S3MediaStore implements MediaStore {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final String publicUrl;

    /**
     * {@code prefix}: put before every key ("" or e.g. "media/"); {@code publicUrl}: where the
     * bucket's objects can be read by anyone ("" when the bucket is private and Nashir streams them).
     */
    S3MediaStore(S3Client s3, String bucket, String prefix, String publicUrl) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.publicUrl =
                publicUrl == null || publicUrl.isBlank() ? "" : publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @Override
    public void put(String key, byte[] data) {
        String type =
                MediaKeys.contentType(key).orElseThrow(() -> new IllegalArgumentException("not a media key: " + key));
        s3.putObject(
                b -> b.bucket(bucket)
                        .key(object(key))
                        .contentType(type)
                        .contentLength((long) data.length)
                        .cacheControl(IMMUTABLE),
                RequestBody.fromBytes(data));
    }

    @Override
    public Optional<Resource> get(String key) {
        if (!MediaKeys.isFileKey(key)) {
            return Optional.empty();
        }
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(object(key)));
            return Optional.of(new ObjectResource(
                    key, head.contentLength(), head.lastModified().toEpochMilli()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        // S3 answers a delete of a missing object with success: no error when it is already gone.
        s3.deleteObject(b -> b.bucket(bucket).key(object(key)));
    }

    @Override
    public Optional<URI> publicAddress(String key) {
        return publicUrl.isEmpty() || !MediaKeys.isFileKey(key)
                ? Optional.empty()
                : Optional.of(URI.create(publicUrl + object(key)));
    }

    /** Closes the client's connections when the node stops (Spring calls it for the bean). */
    public void close() {
        s3.close();
    }

    private String object(String key) {
        return prefix + key;
    }

    /** One object, its size and date from the HEAD; the body is fetched when the response is written. */
    private final class ObjectResource extends AbstractResource {
        private final String key;
        private final long length;
        private final long modified;

        ObjectResource(String key, long length, long modified) {
            this.key = key;
            this.length = length;
            this.modified = modified;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            try {
                return s3.getObject(b -> b.bucket(bucket).key(object(key)));
            } catch (S3Exception e) {
                throw new IOException("cannot read media object " + key, e);
            }
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public long lastModified() {
            return modified;
        }

        @Override
        public String getFilename() {
            return key.substring(key.lastIndexOf('/') + 1);
        }

        @Override
        public String getDescription() {
            return "S3 object " + bucket + "/" + object(key);
        }
    }
}
