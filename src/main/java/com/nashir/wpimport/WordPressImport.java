package com.nashir.wpimport;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.audit.AuditLog;
import com.nashir.site.SiteSettingsStore;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Imports a WordPress export file (WXR, what Tools → Export writes): authors, categories →
 * sections, tags, attachments → media library, posts and pages → articles with their comments.
 *
 * <p>Two passes over the file, both streaming: the first reads it to the end without writing
 * anything, so a broken or cut-off file is refused whole (naming the line) and never half
 * imported, and it notes where the attachments are; the second imports, each post in a
 * transaction of its own. Running it again on the same file creates nothing twice: what was
 * imported is remembered per WordPress id ({@code wordpress_import}), an unchanged post is
 * skipped and a changed one updated. Admins only.
 */
@Service
public class WordPressImport {
    private final TaxonomyImporter taxonomy;
    private final PostImporter posts;
    private final SiteSettingsStore settings;
    private final AuditLog audit;
    private final Clock clock;

    WordPressImport(
            TaxonomyImporter taxonomy, PostImporter posts, SiteSettingsStore settings, AuditLog audit, Clock clock) {
        this.taxonomy = taxonomy;
        this.posts = posts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Runs the import and returns its report. Throws {@link WxrException} (nothing imported)
     * when the file is not a readable WordPress export, InvalidInputException when it is missing.
     */
    public ImportReport run(Path file, ImportOptions options, Actor actor, ImportProgress progress) {
        return run(file, options, actor, progress, new ImportReport());
    }

    /** The same, filling in {@code report} as it goes (the newsroom shows it while the import runs). */
    public ImportReport run(
            Path file, ImportOptions options, Actor actor, ImportProgress progress, ImportReport report) {
        actor.require(Permission.IMPORT_CONTENT);
        if (file == null || !Files.isRegularFile(file)) {
            throw new InvalidInputException("file", Messages.text("wpimport.file.missing", file));
        }
        long started = System.nanoTime();
        long total = size(file);
        Scan scan = new Scan();
        long[] items = {0};
        WxrReader.read(file, scan, bytes -> progress.update("check", scan.items, bytes, total));
        progress.update("check", scan.items, total, total);

        ImportRun run =
                new ImportRun(actor, options, report, scan, settings.current().zone(), Instant.now(clock));
        scan.authors.forEach(a -> taxonomy.author(run, a));
        scan.categories.forEach(c -> taxonomy.category(run, c));
        scan.tags.forEach(t -> taxonomy.tag(run, t));
        WxrReader.read(
                file,
                new WxrReader.Handler() {
                    @Override
                    public void author(Wxr.Entry author) {
                        // imported before the items, from the first pass
                    }

                    @Override
                    public void category(Wxr.Entry category) {
                        // idem
                    }

                    @Override
                    public void tag(Wxr.Entry tag) {
                        // idem
                    }

                    @Override
                    public void item(Wxr.Item item) {
                        posts.item(run, item);
                        items[0]++;
                    }
                },
                bytes -> progress.update("import", items[0], bytes, total));
        progress.update("import", items[0], total, total);
        report.finished((System.nanoTime() - started) / 1_000_000);
        audit.record(
                actor,
                "wordpress.import",
                "admin",
                file.getFileName() + ": " + items[0] + " items, " + report.warningCount() + " warnings");
        return report;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
