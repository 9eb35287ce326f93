package com.nashir.backup;

import com.nashir.media.MediaKeys;
import com.nashir.media.MediaStore;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * The files half of a restore: every {@code media/} entry of the archive into the configured
 * media store (local directory or object store), after the rows are committed. Files are written
 * under their own keys, so running it again writes the same files.
 */
@Component
public class MediaRestore {
    private final MediaStore store;

    MediaRestore(MediaStore store) {
        this.store = store;
    }

    /** The number of files written. */
    public long copy(Path archive) throws IOException {
        long[] files = {0};
        try (BackupArchive a = new BackupArchive(archive)) {
            a.eachMediaFile((key, data) -> {
                if (!MediaKeys.isFileKey(key)) {
                    throw new RestoreRefused("not a media file name: media/" + key);
                }
                store.put(key, data);
                files[0]++;
            });
        }
        return files[0];
    }
}
