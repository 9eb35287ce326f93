package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The facet arrays hold exactly what the doc values hold, for documents with and without each value, in every
 * segment; a segment's arrays are made once and dropped when the segment closes.
 */
class SegmentFacetsTest {

    @Test
    void theArraysHoldWhatTheDocValuesHold() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.addDocument(doc("politics", 2024, "gaza", "water", "@samir", "@amal"));
            writer.addDocument(doc(null, 2023)); // no section, no tags, no author
            writer.addDocument(doc("sports", 0, "football", "@amal")); // no year
            writer.commit();
            writer.addDocument(doc("economy", 1999, "water", "amman", "budget", "@nour"));
            writer.addDocument(new Document()); // nothing at all
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                List<String> seen = new ArrayList<>();
                for (var ctx : reader.leaves()) {
                    LeafReader segment = ctx.reader();
                    SegmentFacets values = SegmentFacets.of(segment);
                    var sections = segment.getSortedDocValues(SearchFields.SECTION_FACET);
                    var tags = segment.getSortedSetDocValues(SearchFields.TAG_FACET);
                    var authors = segment.getSortedSetDocValues(SearchFields.AUTHOR_FACET);
                    for (int d = 0; d < segment.maxDoc(); d++) {
                        String section = values.section(d) == SegmentFacets.NONE
                                ? "-"
                                : sections.lookupOrd(values.section(d)).utf8ToString();
                        List<String> named = new ArrayList<>();
                        for (int i = values.tags().first(d); i < values.tags().end(d); i++) {
                            named.add(tags.lookupOrd(values.tags().value(i)).utf8ToString());
                        }
                        for (int i = values.authors().first(d);
                                i < values.authors().end(d);
                                i++) {
                            named.add(
                                    authors.lookupOrd(values.authors().value(i)).utf8ToString());
                        }
                        seen.add(section + " " + values.year(d) + " " + named);
                    }
                }
                assertThat(seen)
                        .containsExactly(
                                "politics 2024 [gaza, water, @amal, @samir]",
                                "- 2023 []",
                                "sports -1 [football, @amal]",
                                "economy 1999 [amman, budget, water, @nour]",
                                "- -1 []");
            }
        }
    }

    @Test
    void madeOncePerSegmentAndDroppedWhenItCloses() throws IOException {
        LeafReader closed;
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.addDocument(doc("politics", 2024, "gaza"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                LeafReader segment = reader.leaves().get(0).reader();
                SegmentFacets first = SegmentFacets.of(segment);
                writer.addDocument(doc("sports", 2024, "football"));
                try (DirectoryReader next = DirectoryReader.openIfChanged(reader, writer)) {
                    // The next version reuses the unchanged segment's core, and so its arrays.
                    assertThat(next.leaves()).hasSize(2);
                    assertThat(SegmentFacets.of(next.leaves().get(0).reader())).isSameAs(first);
                }
                assertThat(SegmentFacets.kept(segment)).isTrue();
                closed = segment;
            }
        }
        // Closed with the writer, which pools the segments its near-real-time readers share.
        assertThat(SegmentFacets.kept(closed)).isFalse();
    }

    private static Document doc(String section, int year, String... values) {
        Document doc = new Document();
        if (section != null) {
            doc.add(new SortedDocValuesField(SearchFields.SECTION_FACET, new BytesRef(section)));
        }
        if (year > 0) {
            doc.add(new NumericDocValuesField(SearchFields.YEAR, year));
        }
        for (String value : values) { // "@name": an author
            String field = value.startsWith("@") ? SearchFields.AUTHOR_FACET : SearchFields.TAG_FACET;
            doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
        return doc;
    }
}
