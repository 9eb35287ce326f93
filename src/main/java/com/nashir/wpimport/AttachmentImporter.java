package com.nashir.wpimport;

import com.nashir.media.MediaItem;
import com.nashir.media.MediaLibrary;
import com.nashir.media.UploadInput;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.wpimport.ImportReport.Kind;
import com.nashir.wpimport.ImportReport.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Attachments into the media library: the file is looked up in the uploads folder by the part
 * of its address after "/uploads/" ("…/wp-content/uploads/2024/06/x.jpg" → DIR/2024/06/x.jpg),
 * then goes through the library like any upload (checked by content, re-encoded without
 * metadata, resized). The alt text is WordPress's {@code _wp_attachment_image_alt} (else the
 * title), the caption its excerpt. A missing or unusable file is reported and the import goes
 * on. An attachment imported before is not uploaded again.
 */
@Component
class AttachmentImporter {
    private final MediaLibrary library;
    private final ImportMap map;

    AttachmentImporter(MediaLibrary library, ImportMap map) {
        this.library = library;
        this.map = map;
    }

    /** The library image of attachment {@code id}, importing it the first time it is asked for in this run. */
    Optional<MediaItem> media(ImportRun run, String id) {
        Optional<MediaItem> done = run.media.get(id);
        if (done != null) {
            return done;
        }
        Optional<MediaItem> result = load(run, id);
        run.media.put(id, result);
        return result;
    }

    private Optional<MediaItem> load(ImportRun run, String id) {
        Scan.Attachment a = run.scan.attachments.get(id);
        if (a == null) {
            run.report.warn(Messages.text("wpimport.media.missing-from-export", id));
            return Optional.empty();
        }
        var row = map.find("attachment", id);
        if (row.isPresent()) {
            try {
                MediaItem item = library.get(row.get().nashirId());
                run.report.add(Kind.MEDIA, Outcome.UNCHANGED);
                return Optional.of(item);
            } catch (NotFoundException gone) {
                // deleted from the library since: imported again below
            }
        }
        String relative = Scan.uploadPath(a.url());
        if (run.options.uploads() == null) {
            run.report.add(Kind.MEDIA, Outcome.SKIPPED);
            if (!run.noUploadsReported) {
                run.noUploadsReported = true;
                run.report.warn(Messages.text("wpimport.media.no-uploads"));
            }
            return Optional.empty();
        }
        if (relative == null) {
            return failed(run, a, Messages.text("wpimport.media.outside-uploads", a.url()));
        }
        Path file = run.options.uploads().resolve(relative).normalize();
        if (!file.startsWith(run.options.uploads())) {
            return failed(run, a, Messages.text("wpimport.media.path-escapes", relative));
        }
        if (!Files.isRegularFile(file)) {
            return failed(run, a, Messages.text("wpimport.media.file-missing", relative));
        }
        String alt =
                a.alt().isEmpty() ? (a.title().isEmpty() ? file.getFileName().toString() : a.title()) : a.alt();
        String caption = WpText.cut(WpText.plain(a.caption()), 1000);
        try (InputStream in = Files.newInputStream(file)) {
            MediaItem item = library.upload(
                    run.actor,
                    new UploadInput(
                            file.getFileName().toString(),
                            in,
                            WpText.cut(WpText.plain(alt), 1000),
                            caption,
                            "",
                            false));
            map.put(
                    new ImportMap.Row(
                            "attachment", id, item.id(), null, null, WpText.fingerprint(a.url(), alt, caption)),
                    run.started);
            run.report.add(Kind.MEDIA, row.isPresent() ? Outcome.UPDATED : Outcome.CREATED);
            return Optional.of(item);
        } catch (InvalidInputException | ForbiddenException e) {
            return failed(run, a, Problems.message(e));
        } catch (IOException e) {
            return failed(run, a, Messages.text("wpimport.media.file-unreadable", relative));
        }
    }

    private static Optional<MediaItem> failed(ImportRun run, Scan.Attachment a, String why) {
        run.report.add(Kind.MEDIA, Outcome.FAILED);
        run.report.warn(Messages.text("wpimport.media.failed", a.id(), a.title().isEmpty() ? a.url() : a.title(), why));
        return Optional.empty();
    }
}
