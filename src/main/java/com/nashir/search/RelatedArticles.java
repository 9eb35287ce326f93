package com.nashir.search;

import com.nashir.published.ArticleScope;
import com.nashir.published.PublicArticle;
import com.nashir.published.PublicCard;
import com.nashir.published.PublishedArticles;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * "اقرأ أيضاً": the published articles most like this one, from the search index. The article's
 * own words (headline, kicker, summary: what it is about, analyzed as the index analyzes them)
 * become a query of its dozen most telling terms ({@link MoreLikeThis}: rare in the archive,
 * frequent in the article), beside its tags (a shared rare tag weighs most) and its section, with
 * a bonus for closeness in time, so that among equally close stories those of the article's own
 * days come first. It reads the archive around the article's time only ({@link TimeWindow}, about
 * {@link #WINDOW} articles): an old story's readers get the coverage of its time rather than this
 * week's news sharing two of its words, and one search costs the same however large the archive
 * (at a million generated articles about 5 ms, against 62 ms cut at its budget for the whole
 * archive). It runs like a search (block-max WAND), within a time budget as well
 * ({@code nashir.search.related-budget}, 15 ms), which a loaded machine may reach.
 *
 * <p>The lists are kept ({@link RelatedLists}): a page reads its article's list, found earlier
 * with a generous budget by {@link RelatedBackfill}, and only searches itself (within the budget
 * above) for an article whose list is not there yet, leaving the list to be kept. Hits are
 * checked against the database ({@link PublishedArticles#cards}). Without an index (search off,
 * or this node still building it), and without a kept list when the pages' own searches have used
 * their share of a core ({@link SearchTimeShare}: a crawl of an archive whose lists are not kept
 * yet) or while the processors are busy ({@link ProcessorLoad}), the newest of the section stand in.
 */
@Service
public class RelatedArticles {
    /** At most this many words of the article make the query. */
    static final int QUERY_TERMS = 10;
    /** How much of the body (as stored, markup included) speaks for the article beside its headline and summary. */
    static final int LEAD_CHARS = 700;
    /** A word in more than this share of the archive says nothing about a story. */
    static final int MAX_DOC_FREQ_PERCENT = 25;

    static final float TAG_BOOST = 1.5f;
    static final float SECTION_BOOST = 0.3f;
    /**
     * A share of the search's recency bonus, counted from the article's own time (a story a
     * half-life before or after it gets half): among stories about the same thing those of its
     * days come first, but that week's news on other topics must not push out the story's own.
     */
    static final float RECENCY_BOOST = 0.25f;
    /** A word of one of the story's tags found in another story's text. */
    static final float TOPIC_BOOST = 3.0f;

    /** How many related articles a kept list holds: more than a page shows, for those unpublished since. */
    static final int KEPT = 8;
    /**
     * Time for the search of a list to keep: more than a page's 15 ms, so a busy machine still
     * ranks the whole window; never less than the page's own budget, so a kept list is never worse
     * than the one the page would find.
     */
    static final Duration KEEP_BUDGET = Duration.ofMillis(50);
    /** How many of the archive's documents around the article's own time a search reads (see {@link TimeWindow}). */
    static final int WINDOW = 20_000;

    private final SearchIndex index;
    private final PublishedArticles published;
    private final RelatedLists lists;
    private final RelatedQueue wanted;
    private final SearchTimeShare share;
    private final ProcessorLoad load;
    private final Clock clock;
    private final Duration halfLife;
    private final Duration budget;

    RelatedArticles(
            SearchIndex index,
            PublishedArticles published,
            RelatedLists lists,
            RelatedQueue wanted,
            SearchTimeShare share,
            ProcessorLoad load,
            Clock clock,
            @Value("${nashir.search.half-life:30d}") Duration halfLife,
            @Value("${nashir.search.related-budget:15ms}") Duration budget) {
        this.index = index;
        this.published = published;
        this.lists = lists;
        this.wanted = wanted;
        this.share = share;
        this.load = load;
        this.clock = clock;
        this.halfLife = halfLife;
        this.budget = budget;
    }

    /** What the related articles are found for: an article's id, its own words, tags and section. */
    record Subject(
            long id,
            String text,
            List<String> tagSlugs,
            List<String> tagNames,
            String sectionSlug,
            Instant publishedAt) {
        static Subject of(PublicArticle a) {
            return new Subject(
                    a.id(),
                    text(a.headline(), a.kicker(), a.summary(), lead(a.body())),
                    a.tags().stream().map(t -> t.slug()).toList(),
                    a.tags().stream().map(t -> t.name()).toList(),
                    a.section().slug(),
                    a.publishedAt());
        }

        /**
         * The words that say what the article is about: the headline counts three times (its words
         * name the topic; the body's many words would otherwise outvote them), then kicker, summary
         * and the lead of the body.
         */
        static String text(String headline, String kicker, String summary, String lead) {
            return String.join("\n", headline, headline, headline, kicker, summary, lead);
        }

        /** The text of the body's first paragraphs (what a story is about is said first); markup dropped, no parsing. */
        static String lead(String html) {
            String head = html.length() > LEAD_CHARS ? html.substring(0, LEAD_CHARS) : html;
            return head.replaceAll("<[^>]*>?", " ");
        }
    }

    /** An article read for its page with its kept related list ({@link #article}). */
    public static final class WithKeptList {
        private final PublicArticle article;
        private final Optional<RelatedLists.Stored> kept;

        private WithKeptList(PublicArticle article, Optional<RelatedLists.Stored> kept) {
            this.article = article;
            this.kept = kept;
        }

        public PublicArticle article() {
            return article;
        }
    }

    /**
     * A public article for its page and its kept related list in one statement (on a long tail of
     * uncached article pages, the list's own round trip was one of a page's three); empty when the
     * article is not public. Its related articles: {@link #to(WithKeptList, int)}.
     */
    public Optional<WithKeptList> article(long id) {
        return published
                .byId(id, RelatedLists.WITH_ARTICLE, (rs, n) -> RelatedLists.read(rs))
                .map(found -> new WithKeptList(found.article(), found.more()));
    }

    /** Up to {@code limit} public articles to read after {@code article}, closest first. */
    public List<PublicCard> to(PublicArticle article, int limit) {
        return to(article, lists.of(article.id()), limit);
    }

    /** The same for an article read with its kept list ({@link #article}). */
    public List<PublicCard> to(WithKeptList read, int limit) {
        return to(read.article, read.kept, limit);
    }

    private List<PublicCard> to(PublicArticle article, Optional<RelatedLists.Stored> kept, int limit) {
        Instant now = clock.instant();
        List<Long> ids;
        if (kept.isPresent()) {
            if (kept.get().stale(article.publishedAt(), now)) {
                wanted.offer(article.id());
            }
            ids = kept.get().ids();
        } else {
            wanted.offer(article.id());
            ids = onTheSpot(article, limit, now);
        }
        List<PublicCard> cards = firstPublic(ids, limit);
        if (!cards.isEmpty()) {
            return cards;
        }
        // The section's newest stand in: their ids from the section's index range, their cards mostly from memory.
        List<PublicCard> fallback = new ArrayList<>(published.cards(
                published.newestIds(ArticleScope.section(article.section().id()), limit + 1)));
        fallback.removeIf(c -> c.id() == article.id());
        return fallback.size() > limit ? fallback.subList(0, limit) : fallback;
    }

    /**
     * The cards of the first {@code limit} of {@code ids} that are public: the first {@code limit}
     * read at once, the next ones only for those unpublished since the list was kept. On a long
     * tail of cold pages the rows of the cards, spread over the archive, are most of what is left
     * of an article page's database time, so none is read that the page does not show.
     */
    private List<PublicCard> firstPublic(List<Long> ids, int limit) {
        List<PublicCard> cards = new ArrayList<>(limit);
        for (int from = 0; from < ids.size() && cards.size() < limit; ) {
            int to = Math.min(ids.size(), from + limit - cards.size());
            cards.addAll(published.cards(ids.subList(from, to)));
            from = to;
        }
        return cards;
    }

    /**
     * A page's own search, within its budget and the pages' share of a core ({@link SearchTimeShare});
     * none past the share, and none while the processors are busy ({@link ProcessorLoad}): a search
     * is a few times a page's own work, and the few pages that search are the slowest hundredth of a
     * crawl's (at a million articles p99 146 ms with them, 102 ms without, in the same sitting).
     */
    private List<Long> onTheSpot(PublicArticle article, int limit, Instant now) {
        if (!share.available() || load.busy()) {
            return List.of();
        }
        long started = System.nanoTime();
        try {
            return find(article, limit, budget, now);
        } finally {
            share.spent(System.nanoTime() - started);
        }
    }

    /** The ids of up to {@code limit} published articles most like {@code article}, searched within {@code budget}; none without an index. */
    List<Long> find(PublicArticle article, int limit, Duration budget, Instant now) {
        return index.ready()
                ? index.with(
                        engine -> engine.withSearcher(s -> find(s, engine.analyzer(), article, limit, budget, now)),
                        List.of())
                : List.of();
    }

    /** The list to keep for {@code article}: {@link #KEPT} ids, searched within {@link #keepBudget}. */
    List<Long> toKeep(PublicArticle article, Instant now) {
        return find(article, KEPT, keepBudget(), now);
    }

    /** The same on a given index version (the {@code related} command). */
    List<Long> toKeep(IndexSearcher searcher, Analyzer analyzer, PublicArticle article, Instant now)
            throws IOException {
        return find(searcher, analyzer, article, KEPT, keepBudget(), now);
    }

    Duration keepBudget() {
        return budget.compareTo(KEEP_BUDGET) > 0 ? budget : KEEP_BUDGET;
    }

    /** The same on a given index version (the {@code related} command reads the index beside a running site). */
    List<Long> find(
            IndexSearcher searcher, Analyzer analyzer, PublicArticle article, int limit, Duration budget, Instant now)
            throws IOException {
        return ids(searcher, analyzer, Subject.of(article), now, halfLife, limit, budget, WINDOW);
    }

    /** The ids of the published documents most like {@code subject}, best first. */
    static List<Long> ids(
            IndexSearcher searcher,
            Analyzer analyzer,
            Subject subject,
            Instant now,
            Duration halfLife,
            int limit,
            Duration budget,
            int window)
            throws IOException {
        Query query = query(searcher, analyzer, subject, now, halfLife, window);
        if (query == null) {
            return List.of();
        }
        // A searcher of its own over the same index version, to carry the time budget.
        IndexSearcher timed = new IndexSearcher(searcher.getIndexReader());
        timed.setSimilarity(searcher.getSimilarity());
        timed.setTimeout(new QueryTimeoutImpl(budget.toMillis()));
        ScoreDoc[] hits = timed.search(query, new TopScoreDocCollectorManager(limit, null, limit)).scoreDocs;
        var stored = searcher.storedFields();
        List<Long> ids = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            ids.add(Long.parseLong(
                    stored.document(hit.doc, Set.of(SearchFields.ID)).get(SearchFields.ID)));
        }
        return ids;
    }

    /**
     * The query: what the subject is about (its words, its tags) required, within the window of
     * its time; its section and closeness in time adding; itself excluded.
     */
    static Query query(
            IndexSearcher searcher, Analyzer analyzer, Subject subject, Instant now, Duration halfLife, int window)
            throws IOException {
        BooleanQuery.Builder about = new BooleanQuery.Builder();
        Query words = words(searcher, analyzer, subject.text());
        if (words != null) {
            about.add(words, BooleanClause.Occur.SHOULD);
        }
        subject.tagSlugs()
                .forEach(t -> about.add(
                        new BoostQuery(new TermQuery(new Term(SearchFields.TAG, t)), TAG_BOOST),
                        BooleanClause.Occur.SHOULD));
        // The tags name the story's topics: stories that speak of them without the tag are close too.
        int common = searcher.getIndexReader().numDocs() * MAX_DOC_FREQ_PERCENT / 100;
        for (String term : topicWords(analyzer, subject.tagNames())) {
            if (searcher.getIndexReader().docFreq(new Term(SearchFields.TEXT, term)) > common) {
                continue; // as for the text's words: a word everywhere says nothing
            }
            about.add(
                    new BoostQuery(new TermQuery(new Term(SearchFields.TEXT, term)), TOPIC_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        BooleanQuery aboutQuery = about.build();
        if (aboutQuery.clauses().isEmpty()) {
            return null;
        }
        // A story scheduled for later (or without a time) is placed now: nothing past now is public.
        Instant at = subject.publishedAt() == null || subject.publishedAt().isAfter(now) ? now : subject.publishedAt();
        TimeWindow around = TimeWindow.around(searcher, at.toEpochMilli(), window);
        BooleanQuery.Builder query = SearchFilters.published(now);
        if (!around.equals(TimeWindow.EVERYTHING)) {
            query.add(SearchFilters.publishedBetween(around.from(), around.to()), BooleanClause.Occur.FILTER);
        }
        return query.add(aboutQuery, BooleanClause.Occur.MUST)
                .add(
                        new BoostQuery(
                                new TermQuery(new Term(SearchFields.SECTION, subject.sectionSlug())), SECTION_BOOST),
                        BooleanClause.Occur.SHOULD)
                .add(
                        new BoostQuery(RecencyBoost.clause(at.toEpochMilli(), halfLife), RECENCY_BOOST),
                        BooleanClause.Occur.SHOULD)
                .add(
                        new TermQuery(new Term(SearchFields.ID, Long.toString(subject.id()))),
                        BooleanClause.Occur.MUST_NOT)
                .build();
    }

    /** The tag names' words as the index keeps them (analyzed like the text), each once. */
    private static java.util.Set<String> topicWords(Analyzer analyzer, List<String> tagNames) throws IOException {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String name : tagNames) {
            try (var ts = analyzer.tokenStream(/* fieldName= */ SearchFields.TEXT, /* text= */ name)) {
                var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    words.add(term.toString());
                }
                ts.end();
            }
        }
        return words;
    }

    /** The text's most telling words as a query on the catch-all text field, or null when none is telling. */
    private static Query words(IndexSearcher searcher, Analyzer analyzer, String text) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {SearchFields.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
        mlt.setMaxQueryTerms(QUERY_TERMS);
        mlt.setBoost(true);
        if (!(mlt.like(SearchFields.TEXT, new StringReader(text)) instanceof BooleanQuery words)
                || words.clauses().isEmpty()) {
            return null;
        }
        // Two telling words in common at least: one shared word is as often a coincidence as a topic.
        BooleanQuery.Builder atLeastTwo = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(Math.min(2, words.clauses().size()));
        words.clauses().forEach(atLeastTwo::add);
        return atLeastTwo.build();
    }
}
