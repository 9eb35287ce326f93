package com.nashir.wpimport;

import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.Slugs;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to import: where the site's uploads folder is (null: no images are imported, each reported),
 * and what WordPress pages become: articles in the section {@code pagesSection}, or nothing
 * ({@code pagesSection} null).
 */
public record ImportOptions(Path uploads, String pagesSection) {
    /** Pages go to the section "pages" unless told otherwise. */
    public static final String DEFAULT_PAGES = "section:pages";

    /**
     * Checks and builds the options from what a person typed: an uploads folder that must exist
     * (blank for none) and {@code section:SLUG} or {@code skip} for pages.
     */
    public static ImportOptions of(String uploads, String pages) {
        Path dir = null;
        if (uploads != null && !uploads.isBlank()) {
            dir = Path.of(uploads.strip()).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new InvalidInputException("uploads", Messages.text("wpimport.options.uploads-missing", dir));
            }
        }
        String p = pages == null || pages.isBlank() ? DEFAULT_PAGES : pages.strip();
        if (p.equals("skip")) {
            return new ImportOptions(dir, null);
        }
        if (p.startsWith("section:") && Slugs.isValid(p.substring("section:".length()))) {
            return new ImportOptions(dir, p.substring("section:".length()));
        }
        throw new InvalidInputException("pages", Messages.text("wpimport.options.pages-invalid"));
    }
}
