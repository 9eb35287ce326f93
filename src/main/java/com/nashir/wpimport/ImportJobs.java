package com.nashir.wpimport;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.system.ConflictException;
import com.nashir.system.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports started from the newsroom, run in the background one at a time on this node, so the
 * person who uploaded the file can watch the progress and read the report. The uploaded file is
 * deleted when its import ends. The last few jobs are remembered (in memory: a restart forgets
 * them, the imported content stays).
 */
@Component
public class ImportJobs {
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int KEPT = 10;

    private final WordPressImport importer;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wordpress-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    ImportJobs(WordPressImport importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    /** One import: how far it got, its report, and its end (done, or refused with a message). */
    public static final class Job implements ImportProgress {
        private final String id;
        private final String filename;
        private final Instant started;
        private final ImportReport report = new ImportReport();
        private volatile String phase = "check";
        private volatile long items;
        private volatile long bytesRead;
        private volatile long totalBytes;
        private volatile boolean finished;
        private volatile String error;

        Job(String id, String filename, Instant started) {
            this.id = id;
            this.filename = filename;
            this.started = started;
        }

        @Override
        public void update(String phase, long items, long bytesRead, long totalBytes) {
            this.phase = phase;
            this.items = items;
            this.bytesRead = bytesRead;
            this.totalBytes = totalBytes;
        }

        public String id() {
            return id;
        }

        public String filename() {
            return filename;
        }

        public Instant started() {
            return started;
        }

        public ImportReport report() {
            return report;
        }

        /** "check" while the file is read through for mistakes, then "import". */
        public String phase() {
            return phase;
        }

        public long items() {
            return items;
        }

        public long bytesRead() {
            return bytesRead;
        }

        public long totalBytes() {
            return totalBytes;
        }

        /** Percentage of the file read in the current pass. */
        public int percent() {
            return totalBytes == 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
        }

        public boolean finished() {
            return finished;
        }

        /** Why the import stopped without importing (an Arabic message), or null. */
        public String error() {
            return error;
        }
    }

    /**
     * Starts importing {@code file} (which this class then owns and deletes). Refused while another
     * import runs on this node.
     */
    public synchronized Job start(Path file, String filename, ImportOptions options, Actor actor) {
        actor.require(Permission.IMPORT_CONTENT);
        if (jobs.values().stream().anyMatch(j -> !j.finished())) {
            delete(file);
            throw new ConflictException("file", Messages.text("wpimport.job.already-running"));
        }
        Job job = new Job(UUID.randomUUID().toString(), filename, clock.instant());
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        worker.submit(() -> {
            try {
                importer.run(file, options, actor, job, job.report);
            } catch (WxrException e) {
                job.error = e.getMessage();
            } catch (RuntimeException e) {
                log.error("WordPress import {} failed", job.id(), e);
                job.error = Messages.text("wpimport.job.unexpected-error");
            } finally {
                job.finished = true;
                delete(file);
            }
        });
        return job;
    }

    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The remembered jobs, newest first. */
    public synchronized List<Job> recent() {
        List<Job> out = new ArrayList<>(jobs.values());
        java.util.Collections.reverse(out);
        return out;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete uploaded export {}", file, e);
        }
    }
}
