package com.nashir.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.store.FSDirectory;

/**
 * Uncached searches on a built index (an archive's, from {@code bench/archive.sh}), in-process: what one search costs
 * without HTTP, the database or the page around it, with the facet cache off. {@code bench/archive-search.sh} runs it
 * for two builds in turn, so that their ratio holds on a noisy machine.
 *
 * <p>Arguments: the index folder (a generation, {@code DATA/search/g…}), a file of searches (one per line), the rounds
 * to warm up and the rounds to measure, and {@code spare} to lend searches a second processor as a quiet node does
 * ({@link SpareProcessor}); {@code -Dnashir.bench.cached-counts=true} asks each search twice in a row with the facet
 * cache on and measures the second asking too (the process's processor time per search then covers both). Prints each
 * measured round's p50, p90 and mean, the p50 of the searching thread's processor time (less disturbed by other
 * processes than the wall clock) and the process's processor time per search (every thread, the spare one too).
 */
public final class ArchiveSearchBench {
    private ArchiveSearchBench() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        List<String> searches = Files.readAllLines(Path.of(args[1])).stream()
                .filter(s -> !s.isBlank())
                .toList();
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        var spare = args.length > 4 && args[4].equals("spare")
                ? new SpareProcessor(
                                new ProcessorLoad(0.75, () -> 0, System::nanoTime),
                                Runtime.getRuntime().availableProcessors())
                        .now()
                : null;
        var process = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (SearchEngine engine = new SearchEngine(FSDirectory.open(folder), ZoneId.of("Asia/Damascus"))) {
            // With nashir.bench.cached-counts each search is asked twice in a row, the facet cache on, and the second
            // asking (a reader's next page, a popular query) is measured apart.
            boolean twice = Boolean.getBoolean("nashir.bench.cached-counts");
            Duration halfLife = Duration.ofDays(30);
            // An index that lived through writes dated after the archive (bench/live-index.sh) is searched as on the
            // day after its last write, so that they are public.
            Duration later = Duration.ofDays(Long.getLong("nashir.bench.days-later", 0));
            for (int round = 0; round < warm + rounds; round++) {
                long[] wall = new long[searches.size()];
                long[] cpu = new long[searches.size()];
                long[] again = new long[searches.size()];
                engine.cacheFacets(twice); // off, or on and emptied: a round's first asking finds nothing kept
                long processStart = process.getProcessCpuTime();
                for (int i = 0; i < searches.size(); i++) {
                    SearchRequest request =
                            SearchRequest.of(searches.get(i), null, null, null, null, null, null, null, null, 10);
                    Instant now = Instant.now().plus(later);
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    Runnable search = () -> IndexQueries.search(
                            engine,
                            request,
                            () -> SearchFilters.published(now),
                            now,
                            halfLife,
                            FacetCounter.BOUND,
                            spare);
                    long start = System.nanoTime();
                    search.run();
                    wall[i] = System.nanoTime() - start;
                    cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                    if (twice) {
                        long second = System.nanoTime();
                        search.run();
                        again[i] = System.nanoTime() - second;
                    }
                }
                long processCpu = process.getProcessCpuTime() - processStart;
                if (round >= warm) {
                    Arrays.sort(wall);
                    Arrays.sort(cpu);
                    System.out.printf(
                            "round %d: %d searches, p50 %.2f ms, p90 %.2f ms, mean %.2f ms, processor p50 %.2f ms,"
                                    + " process %.2f ms a search%n",
                            round - warm + 1,
                            wall.length,
                            wall[wall.length / 2] / 1e6,
                            wall[wall.length * 9 / 10] / 1e6,
                            Arrays.stream(wall).average().orElse(0) / 1e6,
                            cpu[cpu.length / 2] / 1e6,
                            processCpu / 1e6 / wall.length);
                    if (twice) {
                        Arrays.sort(again);
                        System.out.printf(
                                "round %d: the same searches again, counts cached: p50 %.2f ms, p90 %.2f ms%n",
                                round - warm + 1, again[again.length / 2] / 1e6, again[again.length * 9 / 10] / 1e6);
                    }
                }
            }
        }
    }
}
