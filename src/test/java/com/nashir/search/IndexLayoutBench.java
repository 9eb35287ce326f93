package com.nashir.search;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Rearranges the segments of a copy of a built index, to measure how their layout changes a search
 * ({@code bench/index-layout.sh}). Arguments: the index folder (a copy: it is changed) and what to do —
 * {@code show} (the layout only), {@code policy} (the merges the writer's own policy asks for, as a node does after a
 * write), {@code tier=K} (the same with {@link TieredMergePolicy} allowing K segments a tier), {@code floor=MB} (the same with
 * segments under MB megabytes merged as if that size), {@code segments=N}
 * (forced down to N), {@code tail} (the segments under a quarter of the largest merged into one, as a node does:
 * {@link RecentSegmentsMerge}), {@code deletes} (every segment with deletions rewritten without them). Prints each segment's documents and size before and after, and the time taken.
 */
public final class IndexLayoutBench {
    private IndexLayoutBench() {}

    public static void main(String[] args) throws Exception {
        try (Directory directory = FSDirectory.open(Path.of(args[0]))) {
            show("before", directory);
            String what = args.length > 1 ? args[1] : "show";
            if (what.equals("show")) {
                return;
            }
            IndexWriterConfig config = new IndexWriterConfig(SearchFields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setIndexSort(SearchFields.NEWEST_FIRST)
                    .setCommitOnClose(false)
                    .setMergeScheduler(new SerialMergeScheduler());
            if (what.startsWith("tier=")) {
                TieredMergePolicy policy = new TieredMergePolicy();
                policy.setSegmentsPerTier(Double.parseDouble(what.substring(5)));
                config.setMergePolicy(policy);
            } else if (what.equals("deletes")) {
                // Lucene's default leaves segments under a tenth deleted alone; here every deletion goes.
                config.setMergePolicy(new TieredMergePolicy().setForceMergeDeletesPctAllowed(0));
            } else if (what.equals("tail")) {
                config.setMergePolicy(new RecentSegmentsMerge(new TieredMergePolicy()));
            } else if (what.startsWith("floor=")) {
                TieredMergePolicy policy = new TieredMergePolicy();
                policy.setFloorSegmentMB(Double.parseDouble(what.substring(6)));
                config.setMergePolicy(policy);
            }
            long started = System.nanoTime();
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                if (what.startsWith("segments=")) {
                    writer.forceMerge(Integer.parseInt(what.substring(9)));
                } else if (what.equals("deletes")) {
                    writer.forceMergeDeletes();
                } else if (what.equals("tail")) {
                    ((RecentSegmentsMerge) config.getMergePolicy()).mergeTail(writer); // serial: done when it returns
                } else {
                    writer.maybeMerge(); // the serial scheduler: done when it returns
                }
                writer.commit();
            }
            System.out.printf(Locale.ROOT, "%s took %.1f s%n", what, (System.nanoTime() - started) / 1e9);
            show("after", directory);
        }
    }

    private static void show(String when, Directory directory) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            System.out.printf(
                    Locale.ROOT, "%s: %d segments%n", when, reader.leaves().size());
            for (LeafReaderContext ctx : reader.leaves()) {
                var info = ((SegmentReader) ctx.reader()).getSegmentInfo();
                System.out.printf(
                        Locale.ROOT,
                        "  %-8s %,9d docs %,7.1f MB%n",
                        info.info.name,
                        ctx.reader().maxDoc(),
                        info.sizeInBytes() / 1e6);
            }
        }
    }
}
