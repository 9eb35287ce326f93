package com.nashir.wpimport;

import com.nashir.access.Actor;
import com.nashir.media.MediaItem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The state of one import while it runs: who imports, the options, the report, and what was already resolved. */
final class ImportRun {
    final Actor actor;
    final ImportOptions options;
    final ImportReport report;
    final Scan scan;
    /** WordPress exports local times in the site's zone; where a GMT time is missing, this zone reads the local one. */
    final ZoneId zone;

    final Instant started;
    /** Decoded category nicename → section slug. */
    final Map<String, String> sections = new HashMap<>();
    /** Decoded tag nicename → tag name. */
    final Map<String, String> tags = new HashMap<>();
    /** WordPress login → author slug. */
    final Map<String, String> authors = new HashMap<>();
    /** Attachment id → its library image (empty: it could not be imported, already reported). */
    final Map<String, Optional<MediaItem>> media = new HashMap<>();

    final Set<String> unknownAuthors = new HashSet<>();
    boolean noUploadsReported;

    ImportRun(Actor actor, ImportOptions options, ImportReport report, Scan scan, ZoneId zone, Instant started) {
        this.actor = actor;
        this.options = options;
        this.report = report;
        this.scan = scan;
        this.zone = zone;
        this.started = started;
    }
}
