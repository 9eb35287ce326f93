package com.nashir.media;

import com.nashir.system.DataDirectory;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration
@org.springframework.boot.context.properties.EnableConfigurationProperties(S3Settings.class)
class MediaConfig {

    /**
     * ImageIO finds its plugins (TwelveMonkeys WebP and JPEG) through the context class loader of
     * the first thread that touches it; inside the packaged jar that may not be the application's,
     * so scan once here, at start-up, on the application's own thread.
     */
    MediaConfig() {
        ImageIO.scanForPlugins();
    }

    @Bean
    MediaLimits mediaLimits(@Value("${nashir.media.max-bytes:15MB}") DataSize maxBytes) {
        return new MediaLimits(maxBytes.toBytes());
    }

    /**
     * Files live under the data directory (NASHIR_MEDIA_STORE=local, the default) or in an
     * S3-compatible bucket (NASHIR_MEDIA_STORE=s3, settings {@code nashir.media.s3.*}): the one a
     * site with several nodes needs.
     */
    @Bean
    MediaStore mediaStore(DataDirectory data, @Value("${nashir.media.store:local}") String kind, S3Settings s3) {
        return switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "local" -> new LocalMediaStore(data.root().resolve("media"));
            case "s3" -> s3.store();
            default -> throw new IllegalStateException("nashir.media.store must be local or s3, not '" + kind + "'");
        };
    }
}
