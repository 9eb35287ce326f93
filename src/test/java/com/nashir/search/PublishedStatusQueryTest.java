package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The public status filter reads doc values where a segment has them and the term's postings where it has not. */
class PublishedStatusQueryTest {

    @Test
    void findsThePublishedInSegmentsWithAndWithoutTheStatusDocValues() throws IOException {
        try (var dir = new ByteBuffersDirectory();
                var writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            // A segment as layout 5 wrote it (the status only as a term), then one as layout 6 writes it.
            writer.addDocument(doc("1", "published", false));
            writer.addDocument(doc("2", "trashed", false));
            writer.commit();
            writer.addDocument(doc("3", "published", true));
            writer.addDocument(doc("4", "unpublished", true));
            writer.addDocument(doc("5", "draft", true));
            writer.commit();
            // A segment where only some documents have the value (an old and a new segment merged).
            writer.addDocument(doc("6", "published", false));
            writer.addDocument(doc("7", "published", true));
            writer.addDocument(doc("8", "review", true));
            writer.commit();
            try (var reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(3);
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(new PublishedStatusQuery(), 10).scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get("id"));
                }
                assertThat(ids).containsExactlyInAnyOrder("1", "3", "6", "7");
            }
        }
    }

    private static Document doc(String id, String status, boolean withValues) {
        Document doc = new Document();
        doc.add(new StoredField("id", id));
        doc.add(new StringField(SearchFields.STATUS, status, Field.Store.NO));
        if (withValues) {
            doc.add(new SortedDocValuesField(SearchFields.STATUS_VALUE, new BytesRef(status)));
        }
        return doc;
    }
}
