package com.nashir.media;

import com.nashir.system.DataDirectory;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration
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

    /** Files live under the data directory; an S3-compatible store would be another bean here. */
    @Bean
    MediaStore mediaStore(DataDirectory data) {
        return new LocalMediaStore(data.root().resolve("media"));
    }
}
