package com.nashir.search;

import com.nashir.arabic.ArabicPunctuation;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/** The index's fields and how a {@link SearchDocument} becomes a Lucene document. */
final class SearchFields {
    static final String ID = "id";
    static final String SLUG = "slug";
    static final String HEADLINE = "headline";
    static final String BODY = "body";
    /**
     * Every searchable text of the article (headline, kicker, summary, tags, byline, body) in one
     * stemmed field, each part a value of its own (phrases do not run from one into the next):
     * a query word is one posting list here instead of one per field, which is what makes
     * matching, ranking and counting fast.
     */
    static final String TEXT = "text";
    /** Normalized, unstemmed words of the text: spelling suggestions. */
    static final String WORDS = "words";
    /** Headline words with and without prefixes: autocomplete. */
    static final String PREFIX = "prefix";

    static final String STATUS = "status";
    /** The status again, as a doc value: the public filter checks it on a search's matches ({@link PublishedStatusQuery}). */
    static final String STATUS_VALUE = "status_value";

    static final String SECTION = "section";
    static final String SECTION_NAME = "section_name";
    static final String SECTION_FACET = "section_facet";
    static final String TAG = "tag";
    static final String TAG_FACET = "tag_facet";
    static final String AUTHOR = "author";
    static final String AUTHOR_FACET = "author_facet";
    static final String DESK = "desk";
    static final String OWNER = "owner";
    static final String PUBLISHED = "published";
    static final String MODIFIED = "modified";
    static final String YEAR = "year";
    /** Separates slug and name in facet values. */
    static final char SEP = '\u0001';

    /**
     * Fields layout of the index; an index committed with another (or none) is rebuilt at start.
     * Raise it whenever a field is added, removed or analyzed differently.
     */
    static final String LAYOUT = "7";

    /**
     * The order of documents in the index, newest first. Date-ordered searches then stop after
     * the page's documents, and ranked ones skip whole blocks of old articles whose best text
     * score plus their (small) recency bonus cannot reach the page.
     */
    static final Sort NEWEST_FIRST = new Sort(newestFirst(PUBLISHED), newestFirst(MODIFIED));

    /** What matches: every text of the article. */
    static final Map<String, Float> MATCHED = Map.of(TEXT, 1f);
    /**
     * What ranks higher: a query word in the headline adds this many times its score in the
     * headline to its score in the whole text (about what the first version's separate field
     * weights gave: headline 4, body 1).
     */
    static final Map<String, Float> HEADLINE_BOOST = Map.of(HEADLINE, 3f);

    /** Stored and indexed with offsets, so the highlighter marks the original text without re-analysis. */
    private static final FieldType HIGHLIGHTED = highlighted();
    /** Indexed with positions (phrases), not stored. */
    private static final FieldType SEARCHED = TextField.TYPE_NOT_STORED;
    /** Only which documents hold a word: spelling suggestions and autocomplete look no further. */
    private static final FieldType LISTED = listed();

    private SearchFields() {}

    private static final Map<String, Analyzer> LISTED_ANALYZERS = Map.of(
            WORDS,
            new ArabicSearchAnalyzer(ArabicSearchAnalyzer.Mode.WORDS),
            PREFIX,
            new ArabicSearchAnalyzer(ArabicSearchAnalyzer.Mode.PREFIXES));

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(
                new ArabicSearchAnalyzer(ArabicSearchAnalyzer.Mode.STEMMED), LISTED_ANALYZERS);
    }

    /** The analyzer for one search's query: the index's, plus the forms its vocabulary decides. */
    static Analyzer queryAnalyzer(java.util.function.Function<String, java.util.List<String>> vocabulary) {
        return new PerFieldAnalyzerWrapper(
                new ArabicSearchAnalyzer(ArabicSearchAnalyzer.Mode.STEMMED, vocabulary), LISTED_ANALYZERS);
    }

    static Document toLucene(SearchDocument d, ZoneId zone) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
        doc.add(new StoredField(SLUG, nz(d.slug())));
        doc.add(new Field(HEADLINE, nz(d.headline()), HIGHLIGHTED));
        doc.add(new Field(BODY, nz(d.bodyText()), HIGHLIGHTED));
        doc.add(new Field(TEXT, nz(d.headline()), SEARCHED));
        doc.add(new Field(TEXT, nz(d.kicker()), SEARCHED));
        doc.add(new Field(TEXT, nz(d.summary()), SEARCHED));
        doc.add(new Field(
                WORDS,
                nz(d.headline()) + "\n" + nz(d.kicker()) + "\n" + nz(d.summary()) + "\n" + nz(d.bodyText()),
                LISTED));
        doc.add(new Field(PREFIX, nz(d.headline()), LISTED));
        doc.add(new StringField(STATUS, d.status(), Field.Store.NO));
        doc.add(new SortedDocValuesField(STATUS_VALUE, new BytesRef(d.status())));
        if (d.section() != null) {
            doc.add(new StringField(SECTION, d.section().slug(), Field.Store.YES));
            doc.add(new StoredField(SECTION_NAME, d.section().name()));
            doc.add(new SortedDocValuesField(SECTION_FACET, facetValue(d.section())));
        }
        for (SearchDocument.Named tag : d.tags()) {
            doc.add(new Field(TEXT, tag.name(), SEARCHED));
            doc.add(new StringField(TAG, tag.slug(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(TAG_FACET, facetValue(tag)));
        }
        String byline = d.authors().stream()
                .map(SearchDocument.Named::name)
                .collect(Collectors.joining(ArabicPunctuation.LIST_SEPARATOR));
        for (SearchDocument.Named author : d.authors()) {
            doc.add(new StringField(AUTHOR, author.slug(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(AUTHOR_FACET, facetValue(author)));
        }
        if (d.desk() != null) {
            doc.add(new StringField(DESK, d.desk().slug(), Field.Store.NO));
            byline = d.desk().name();
        }
        doc.add(new Field(TEXT, byline, SEARCHED));
        // The body last: its value is the longest, and position gaps keep phrases within each part.
        doc.add(new Field(TEXT, nz(d.bodyText()), SEARCHED));
        if (d.ownerId() != null) {
            doc.add(new StringField(OWNER, d.ownerId().toString(), Field.Store.NO));
        }
        if (d.publishedAt() != null) {
            long t = d.publishedAt().toEpochMilli();
            doc.add(new LongPoint(PUBLISHED, t));
            doc.add(new NumericDocValuesField(PUBLISHED, t));
            doc.add(new StoredField(PUBLISHED, t));
            doc.add(new NumericDocValuesField(YEAR, d.publishedAt().atZone(zone).getYear()));
        }
        long modified = d.modifiedAt() == null ? 0 : d.modifiedAt().toEpochMilli();
        doc.add(new LongPoint(MODIFIED, modified));
        doc.add(new NumericDocValuesField(MODIFIED, modified));
        return doc;
    }

    static BytesRef facetValue(SearchDocument.Named named) {
        return new BytesRef(named.slug() + SEP + named.name());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The newsroom's orders by last change or publication time; documents without a time last. */
    static Sort newsroomOrder(com.nashir.article.NewsroomOrder order) {
        String field = order.byPublication() ? PUBLISHED : MODIFIED;
        if (!order.ascending()) {
            return new Sort(newestFirst(field));
        }
        SortField sort = new SortField(field, SortField.Type.LONG, false);
        sort.setMissingValue(Long.MAX_VALUE);
        return new Sort(sort);
    }

    /** Descending, documents without a time last. */
    private static SortField newestFirst(String field) {
        SortField sort = new SortField(field, SortField.Type.LONG, true);
        sort.setMissingValue(Long.MIN_VALUE);
        return sort;
    }

    private static FieldType listed() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
