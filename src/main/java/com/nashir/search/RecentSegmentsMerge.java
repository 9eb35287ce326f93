package com.nashir.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * The index's merge policy: Lucene's usual one ({@link org.apache.lucene.index.TieredMergePolicy}) for the merges
 * writes ask for, and one merge of its own, asked for with {@link #mergeTail(IndexWriter)}: every segment smaller
 * than a quarter of the largest into one.
 *
 * <p>Why: a rebuild leaves the archive in one segment, and a live index then grows a tail of small ones that the
 * usual policy kept at 7–21 over a simulated year of writes at a million articles (180 new articles and 270 saves a
 * day, {@code bench/live-index.sh}); a search there cost 1.3–2.2× the same documents in one segment, in its pass over
 * the newest matches (most of it, found later, was old stories saved again holding the pass's floor down, mended in
 * {@link NewestMatches}; after that seventeen segments still cost about a third more than two). Merging the tail
 * leaves two segments, which search about as one; the big one
 * (over the usual policy's 5 GB at a million) is not rewritten, so the merge costs what the year's writes weigh, 16 s,
 * not the rebuild's minute and a half.
 */
final class RecentSegmentsMerge extends FilterMergePolicy {
    /** A segment this much smaller than the largest is part of the tail. */
    private static final int TAIL_SHARE = 4;

    private volatile boolean tailWanted;

    RecentSegmentsMerge(MergePolicy usual) {
        super(usual);
    }

    /**
     * Starts the merge of the tail in the background (Lucene's merge threads) and returns; searches keep the current
     * segments until it is done and a refresh sees it.
     */
    void mergeTail(IndexWriter writer) throws IOException {
        tailWanted = true;
        writer.maybeMerge();
    }

    /** How many segments of these sizes (in documents) are in the tail. */
    static int tail(List<Integer> segmentDocs) {
        int largest = segmentDocs.stream().mapToInt(Integer::intValue).max().orElse(0);
        return (int) segmentDocs.stream()
                .filter(d -> (long) d * TAIL_SHARE < largest)
                .count();
    }

    @Override
    public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
            throws IOException {
        if (tailWanted) {
            tailWanted = false;
            MergeSpecification tail = tailMerge(infos, context);
            if (tail != null) {
                return tail;
            }
        }
        return super.findMerges(trigger, infos, context);
    }

    private static MergeSpecification tailMerge(SegmentInfos infos, MergeContext context) {
        List<SegmentCommitInfo> all = new ArrayList<>(infos.asList());
        long largest = all.stream().mapToLong(s -> s.info.maxDoc()).max().orElse(0);
        List<SegmentCommitInfo> tail = new ArrayList<>();
        for (SegmentCommitInfo s : all) {
            if (s.info.maxDoc() * (long) TAIL_SHARE < largest
                    && !context.getMergingSegments().contains(s)) {
                tail.add(s);
            }
        }
        if (tail.size() < 2) {
            return null;
        }
        MergeSpecification spec = new MergeSpecification();
        spec.add(new OneMerge(tail));
        return spec;
    }
}
