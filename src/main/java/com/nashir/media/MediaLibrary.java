package com.nashir.media;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.access.Role;
import com.nashir.arabic.ArabicCount;
import com.nashir.arabic.CountedNoun;
import com.nashir.arabic.DigitStyle;
import com.nashir.audit.AuditLog;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.system.PageOf;
import com.nashir.system.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * The newsroom's image library: upload (checked by content, re-encoded without metadata, in
 * responsive sizes), find, describe, delete. Writers and above upload; the uploader or an editor
 * may change or delete an item; anyone with API access may look.
 *
 * <p>A rejected upload stores nothing: every check runs before the first file is written, and a
 * failure after that removes the files already written.
 */
@Service
public class MediaLibrary {
    /** Public address prefix of media files, served by the web layer from the {@link MediaStore}. */
    public static final String PATH_PREFIX = "/media/";

    static final int MAX_ALT = 1000;
    static final int MAX_CAPTION = 1000;
    static final int MAX_CREDIT = 300;

    private final MediaRepository rows;
    private final MediaStore store;
    private final MediaLimits limits;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    /** Decoding and scaling are CPU- and memory-heavy: one at a time per core, the rest wait. */
    private final Semaphore processing =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private final DecodeBudget budget = new DecodeBudget(Runtime.getRuntime().maxMemory(), 10_000);

    MediaLibrary(
            MediaRepository rows,
            MediaStore store,
            MediaLimits limits,
            AuditLog audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.store = store;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    public MediaItem upload(Actor actor, UploadInput in) {
        actor.require(Permission.UPLOAD_MEDIA);
        Validation v = new Validation();
        byte[] bytes = read(in.content());
        ImageDecoder.Header header = null;
        if (bytes == null || bytes.length == 0) {
            v.add("file", Messages.text("media.file.required"));
        } else if (bytes.length > limits.maxBytes()) {
            v.add("file", limits.tooLargeMessage());
        } else {
            try {
                header = ImageDecoder.inspect(bytes);
            } catch (InvalidInputException e) {
                e.errors().forEach(err -> v.add(err.field(), err.message()));
            }
        }
        checkText(v, in.alt(), in.caption(), in.credit());
        v.throwIfInvalid();

        ImageDecoder.Decoded decoded;
        Renditions.Encoded encoded;
        int reserved = budget.cost(header.decodedBytes());
        budget.acquire(reserved);
        try {
            acquire();
            try {
                decoded = ImageDecoder.decode(bytes, header);
                encoded = Renditions.make(decoded);
            } finally {
                processing.release();
            }
        } finally {
            budget.release(reserved);
        }
        return save(actor, in, bytes.length, decoded, encoded);
    }

    private MediaItem save(
            Actor actor, UploadInput in, long uploadedBytes, ImageDecoder.Decoded decoded, Renditions.Encoded encoded) {
        String base = MediaKeys.newBase(clock.instant());
        String filename = FileNames.clean(in.filename());
        List<MediaSize> sizes = new ArrayList<>();
        long id;
        try {
            for (Renditions.Rendition r : encoded.files()) {
                String key = MediaKeys.file(base, r.width(), encoded.extension());
                store.put(key, r.data());
                sizes.add(new MediaSize(r.width(), r.height(), r.data().length, r.original(), key));
            }
            id = rows.insert(
                    new MediaRepository.NewMedia(
                            base,
                            filename,
                            encoded.contentType(),
                            decoded.format().readerName(),
                            decoded.width(),
                            decoded.height(),
                            uploadedBytes,
                            in.alt().strip(),
                            strip(in.caption()),
                            strip(in.credit()),
                            in.archive(),
                            actor.userId(),
                            clock.instant()),
                    sizes);
        } catch (RuntimeException e) {
            // Every key this upload could have written, including one whose put failed halfway.
            encoded.files().forEach(r -> store.delete(MediaKeys.file(base, r.width(), encoded.extension())));
            throw e;
        }
        audit.record(actor, "media.upload", "media " + id, filename);
        return get(id);
    }

    public MediaItem get(long id) {
        return rows.findById(id).orElseThrow(() -> new NotFoundException(Messages.text("media.not-found")));
    }

    /**
     * The item one of whose files is at {@code path} ("/media/2026/11/k3f…-1024.jpg"), so pages
     * can offer its other sizes; empty for any other address (demo images, external URLs).
     */
    public Optional<MediaItem> byPath(String path) {
        String key = itemKey(path);
        return key == null
                ? Optional.empty()
                : rows.findByKeys(List.of(key)).stream().findFirst();
    }

    /**
     * {@link #byPath} for many addresses at once (a feed, a page of the WordPress API): address →
     * item, for the addresses that are library files; two queries however many there are.
     */
    public java.util.Map<String, MediaItem> byPaths(java.util.Collection<String> paths) {
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        for (String path : paths) {
            String key = itemKey(path);
            if (key != null) {
                keys.put(path, key);
            }
        }
        java.util.Map<String, MediaItem> byKey = new java.util.HashMap<>();
        rows.findByKeys(java.util.Set.copyOf(keys.values())).forEach(item -> byKey.put(item.key(), item));
        java.util.Map<String, MediaItem> out = new java.util.HashMap<>();
        keys.forEach((path, key) -> {
            MediaItem item = byKey.get(key);
            if (item != null) {
                out.put(path, item);
            }
        });
        return out;
    }

    /** The storage key of the item a file address belongs to ("/media/2026/11/k3f…-1024.jpg" → "2026/11/k3f…"), or null. */
    private static String itemKey(String path) {
        if (path == null
                || !path.startsWith(PATH_PREFIX)
                || !MediaKeys.isFileKey(path.substring(PATH_PREFIX.length()))) {
            return null;
        }
        String key = path.substring(PATH_PREFIX.length());
        return key.substring(0, key.lastIndexOf('-'));
    }

    /** Newest first; {@code query} matches alt text or caption, case-insensitively, taken literally. */
    public PageOf<MediaItem> search(String query, int page, int size) {
        int p = Math.max(page, 1);
        return new PageOf<>(rows.search(query, PageOf.offset(p, size), size), p, size, rows.count(query));
    }

    public MediaItem update(Actor actor, long id, MediaChange change) {
        MediaItem item = get(id);
        requireOwnerOrEditor(actor, item);
        Validation v = new Validation();
        checkText(v, change.alt(), change.caption(), change.credit());
        v.throwIfInvalid();
        rows.update(
                id,
                change.alt().strip(),
                strip(change.caption()),
                strip(change.credit()),
                change.archive() == null ? item.archive() : change.archive());
        events.publishEvent(new MediaChanged(id));
        return get(id);
    }

    /** Removes the row, then the files (a file left by a crash in between is unreachable and harmless). */
    public void delete(Actor actor, long id) {
        MediaItem item = get(id);
        requireOwnerOrEditor(actor, item);
        if (rows.delete(id)) {
            item.sizes().forEach(s -> store.delete(s.key()));
            audit.record(actor, "media.delete", "media " + id, item.filename());
            events.publishEvent(new MediaChanged(id));
        }
    }

    /** "/media/…-320.jpg 320w, /media/…-640.jpg 640w, …" for an {@code <img srcset>}. */
    public static String srcset(MediaItem item) {
        return srcset(item, UnaryOperator.identity());
    }

    /** The same, each path passed through {@code url} (e.g. to make absolute addresses). */
    public static String srcset(MediaItem item, UnaryOperator<String> url) {
        return item.sizes().stream()
                .map(s -> url.apply(s.path()) + " " + s.width() + "w")
                .collect(Collectors.joining(", "));
    }

    /** Where readers fetch this file from the store itself (a public bucket), if the site is set up so. */
    public Optional<java.net.URI> publicAddress(String key) {
        return MediaKeys.isFileKey(key) ? store.publicAddress(key) : Optional.empty();
    }

    /** A stored file by its key (the part after /media/), for public serving; empty for anything else. */
    public Optional<Resource> file(String key) {
        return MediaKeys.isFileKey(key) ? store.get(key) : Optional.empty();
    }

    private static void requireOwnerOrEditor(Actor actor, MediaItem item) {
        if (!actor.can(Permission.EDIT_ANY_ARTICLE) && !actor.isUser(item.uploadedBy())) {
            throw Actor.forbidden(Role.EDITOR);
        }
    }

    private static void checkText(Validation v, String alt, String caption, String credit) {
        v.require(Validation.present(alt), "alt", Messages.text("media.alt.required"));
        v.require(
                alt == null || alt.strip().length() <= MAX_ALT,
                "alt",
                Messages.text(
                        "media.alt.too-long", ArabicCount.after(MAX_ALT, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        v.require(
                caption == null || caption.strip().length() <= MAX_CAPTION,
                "caption",
                Messages.text(
                        "media.caption.too-long",
                        ArabicCount.after(MAX_CAPTION, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
        v.require(
                credit == null || credit.strip().length() <= MAX_CREDIT,
                "credit",
                Messages.text(
                        "media.credit.too-long",
                        ArabicCount.after(MAX_CREDIT, CountedNoun.CHARACTER, DigitStyle.WESTERN)));
    }

    /** Up to one byte more than the limit: enough to know the file is too big without reading it all. */
    private byte[] read(InputStream content) {
        if (content == null) {
            return null;
        }
        try (content) {
            return content.readNBytes((int) limits.maxBytes() + 1);
        } catch (IOException e) {
            throw new InvalidInputException("file", Messages.text("media.file.incomplete"));
        }
    }

    private void acquire() {
        try {
            processing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to process an image", e);
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
