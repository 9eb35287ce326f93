package com.nashir.search;

import com.nashir.article.ArticleStatus;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Articles whose status is published, read from the status's doc values: a check made only on the documents the rest
 * of a search matched. Nearly every document is published, and joining a search's matches with the postings of a term
 * that every document holds decoded all of them on each search (a tenth of an uncached search at a million articles;
 * excluding the other statuses instead cost as much). A segment where some document has no such value (written before
 * {@link SearchFields#LAYOUT} 6, by an index still serving while its successor is built) is read through the term's
 * postings.
 */
final class PublishedStatusQuery extends Query {
    private static final BytesRef PUBLISHED = new BytesRef(ArticleStatus.PUBLISHED.wire());

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight values = searcher.createWeight(
                searcher.rewrite(SortedDocValuesField.newSlowExactQuery(SearchFields.STATUS_VALUE, PUBLISHED)),
                scoreMode,
                boost);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        boolean[] fromValues = new boolean[leaves.size()];
        boolean allFromValues = true;
        for (LeafReaderContext ctx : leaves) {
            SortedDocValues status = ctx.reader().getSortedDocValues(SearchFields.STATUS_VALUE);
            fromValues[ctx.ord] =
                    status != null && status.cost() == ctx.reader().maxDoc();
            allFromValues &= fromValues[ctx.ord];
        }
        // The term's weight looks the term up in every segment: made only when a segment needs it.
        Weight postings = allFromValues
                ? null
                : searcher.createWeight(new TermQuery(new Term(SearchFields.STATUS, PUBLISHED)), scoreMode, boost);
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
                return of(ctx).scorerSupplier(ctx);
            }

            @Override
            public Scorer scorer(LeafReaderContext ctx) throws IOException {
                ScorerSupplier supplier = scorerSupplier(ctx);
                return supplier == null ? null : supplier.get(Long.MAX_VALUE);
            }

            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                return of(ctx).explain(ctx, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return of(ctx).isCacheable(ctx);
            }

            /** The doc values where every document of the segment has one, else the postings. */
            private Weight of(LeafReaderContext ctx) {
                return fromValues[ctx.ord] ? values : postings;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return SearchFields.STATUS + ":" + PUBLISHED.utf8ToString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other);
    }

    @Override
    public int hashCode() {
        return classHash();
    }
}
