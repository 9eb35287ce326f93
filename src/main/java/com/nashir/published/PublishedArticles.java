package com.nashir.published;

import com.nashir.article.Article;
import com.nashir.article.ArticleCard;
import com.nashir.article.ArticleLinks;
import com.nashir.article.ArticleRepository;
import com.nashir.article.ArticleRows;
import com.nashir.article.ArticleStatus;
import com.nashir.article.Correction;
import com.nashir.article.LiveState;
import com.nashir.system.ListingPage;
import com.nashir.system.PageOf;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public site's only door to articles: everything here is published and due
 * (publication time not in the future), and whole articles leave it as {@link PublicArticle}s.
 * The condition is written once, in {@link #PUBLISHED} and {@link #DUE} (its copy on the tag and
 * author links in {@link #PUBLIC_LINK}), so a draft cannot leak through a forgotten WHERE.
 */
@Service
public class PublishedArticles {
    /** Published: the workflow state of an article readers may see (whatever its time). */
    static final String PUBLISHED = "a.status = 'published' ";
    /** Due: its publication time has come ({@code :now}); a scheduled time in the future is not public yet. */
    private static final String DUE = "a.published_at <= :now ";
    /** Published and due, on the article row {@code a}: shared with {@link PublishedArchive}, {@link ArticleScope} and {@link ArchiveMonths}. */
    static final String PUBLIC = PUBLISHED + "and " + DUE;
    /**
     * {@link #PUBLIC} for the articles published in a span ({@code :from}, {@code :until} from
     * {@link #until}): one bound on each side. Given two upper bounds (the span's end and now),
     * H2 uses neither and reads the publication index from the newest article down to the span.
     */
    static final String PUBLIC_BETWEEN = PUBLISHED + "and a.published_at >= :from and a.published_at <= :until ";
    /** Newest first, in the order of the publication index (V12: the status column leads, for H2). */
    static final String NEWEST = "order by a.status, a.published_at desc, a.id desc ";
    /**
     * {@link #PUBLIC_BETWEEN} from the span's {@code :offset}-th article on, newest first: where that slice starts is
     * found in the publication index alone (an index-only scan on PostgreSQL), then only the rows it shows are read,
     * not the ones it skips (a month's eleventh thousand at a million articles: 5 ms → 1.5 ms). Empty past the
     * span's end. The inner query is the same condition and order on the row {@code b}.
     */
    static final String PUBLIC_BETWEEN_FROM_OFFSET = PUBLIC_BETWEEN
            + "and (a.published_at, a.id) <= (select b.published_at, b.id from article b where "
            + PUBLIC_BETWEEN.replace("a.", "b.") + NEWEST.replace("a.", "b.") + "limit 1 offset :offset) ";
    /**
     * {@link #PUBLIC} on a tag or author link {@code x}: its {@code public_at} is the article's
     * publication time while the article is published and null otherwise ({@code ArticleLinks}
     * keeps it so), so "due" on it is "published and due" on the article.
     */
    static final String PUBLIC_LINK = "x.public_at <= :now ";

    /** {@link #PUBLIC} for an article in hand (a walk of every article, such as the {@code related} command's). */
    public static boolean isPublic(Article a, Instant now) {
        return a.status() == ArticleStatus.PUBLISHED
                && a.publishedAt() != null
                && !a.publishedAt().isAfter(now);
    }

    /** The last instant of [from, to) that is public now: the earlier of now and the end of the span (to the microsecond, as stored). */
    static Instant until(Instant to, Instant now) {
        Instant last = to.minusNanos(1_000);
        return now.isBefore(last) ? now : last;
    }

    /** The order of {@link #NEWEST} for rows read unordered (see {@link #inRange}). */
    static <T> java.util.Comparator<T> newestFirst(
            java.util.function.Function<T, Instant> publishedAt, java.util.function.ToLongFunction<T> id) {
        return java.util.Comparator.comparing(publishedAt, java.util.Comparator.reverseOrder())
                .thenComparing(java.util.Comparator.comparingLong(id).reversed());
    }

    private final JdbcClient jdbc;
    private final ArticleRepository articles;
    private final ArticleLinks links;
    private final ListingCounts counts;
    private final PublicCards kept;
    private final Clock clock;
    /** Totals of filtered listings the WordPress API asked for, until an article joins or leaves a listing. */
    private final com.github.benmanes.caffeine.cache.Cache<PublicFilter, Long> totals =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .maximumSize(5_000)
                    .expireAfterWrite(java.time.Duration.ofMinutes(10))
                    .build();

    PublishedArticles(
            JdbcClient jdbc,
            ArticleRepository articles,
            ArticleLinks links,
            ListingCounts counts,
            PublicCards kept,
            Clock clock) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.articles = articles;
        this.links = links;
        this.counts = counts;
        this.clock = clock;
    }

    /**
     * A public article whole, in one statement, which also says whether it has corrections and
     * approved comments ({@link #ATTACHED}): its page reads them only when it has some
     * ({@link #corrections}, {@code CommentService.thread}).
     */
    public Optional<PublicArticle> byId(long id) {
        return byId(id, "", (rs, n) -> Boolean.TRUE).map(WithMore::article);
    }

    /** A public article and what another feature's columns read with its row. */
    public record WithMore<E>(PublicArticle article, E more) {}

    /**
     * {@link #byId(long)} with another feature's columns in the same statement ({@code moreColumns},
     * each led by a comma, over the row {@code a}), read by {@code more}: what an article page needs
     * beside the article (its kept related list) without a round trip of its own.
     */
    public <E> Optional<WithMore<E>> byId(long id, String moreColumns, RowMapper<E> more) {
        record Attached<E>(boolean corrections, boolean comments, E more) {}
        return articles.findWhere(
                        "a.id = :id and " + PUBLIC,
                        Map.of("id", id, "now", now()),
                        ATTACHED + moreColumns,
                        (rs, n) -> new Attached<>(
                                rs.getInt("has_corrections") > 0, rs.getInt("has_comments") > 0, more.mapRow(rs, n)))
                .map(f -> new WithMore<>(
                        PublicArticle.of(
                                f.article(), f.more().corrections(), f.more().comments()),
                        f.more().more()));
    }

    /**
     * Whether the article {@code a} has corrections, and approved comments (what
     * {@code comment/CommentRepository.approved} reads): a probe of each one's index
     * ({@code article_correction_article_idx}, {@code reader_comment_article_idx}), counted
     * as the row is read, so they never drift as a stored count could.
     */
    private static final String ATTACHED =
            ", case when exists (select 1 from article_correction x where x.article_id = a.id) then 1 else 0 end as has_corrections"
                    + ", case when exists (select 1 from reader_comment x where x.article_id = a.id and x.status = 'approved') then 1 else 0 end"
                    + " as has_comments ";

    /** Those of {@code ids} that are public now (search results are checked here before they are shown). */
    public java.util.Set<Long> publicIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select a.id from article a where a.id in (:ids) and " + PUBLIC)
                .param("ids", ids)
                .param("now", now())
                .query(Long.class)
                .list());
    }

    /** The live coverage state of the public articles among {@code ids} that are live coverage (the live stream's frames). */
    public Map<Long, LiveState> liveStates(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, LiveState> out = new java.util.HashMap<>();
        jdbc.sql("select a.id, a.live_state from article a where a.id in (:ids) and a.live_state is not null and "
                        + PUBLIC)
                .param("ids", ids)
                .param("now", now())
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> out.put(rs.getLong(1), LiveState.fromWire(rs.getString(2))));
        return out;
    }

    /** Corrections ("تصحيح") of a public article, oldest first; none read when its row said it has none. */
    public List<Correction> corrections(PublicArticle article) {
        if (!article.mayHaveCorrections()) {
            return List.of();
        }
        return jdbc.sql(
                        "select c.id, c.article_id, c.created_at, c.text from article_correction c join article a on a.id = c.article_id "
                                + "where c.article_id = :id and a.id = :id and " + PUBLIC
                                + "order by c.created_at, c.id")
                .param("id", article.id())
                .param("now", now())
                .query((rs, n) -> new Correction(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        com.nashir.system.Sql.instant(rs, "created_at"),
                        rs.getString("text")))
                .list();
    }

    /**
     * How deep a listing goes, in articles: page 834 of twelve, the way WordPress hosts and news
     * sites cap them. Reading a page costs its offset, so the cap bounds every listing page; older
     * articles are reached by month ({@code /archive}, the sitemaps) and by search.
     */
    public static final int MAX_DEPTH = 10_000;

    /** The last page a listing of {@code size} per page shows. */
    public static int lastPage(int size) {
        return (MAX_DEPTH + size - 1) / size;
    }

    /**
     * One page of a scope's public articles, newest first; empty past {@link #lastPage}. One
     * statement whatever the archive holds: one index range and the page's rows, signed.
     */
    public ListingPage<PublicCard> listing(ArticleScope scope, int page, int size) {
        int p = Math.max(page, 1);
        if (p > lastPage(size)) {
            return new ListingPage<>(List.of(), p, size, false);
        }
        ListingPage<ArticleCard> found = ListingPage.of(newestCards(scope, PageOf.offset(p, size), size + 1), p, size);
        boolean more = found.hasNext() && p < lastPage(size);
        return new ListingPage<>(found.items().stream().map(PublicCard::of).toList(), p, size, more);
    }

    /**
     * The ids of a scope's newest public articles, up to {@code limit}: one index range, no row read.
     * With {@link #cards}, whose cards mostly come from memory, the cheapest way to show a scope's
     * newest where a page lists a few of them beside something else.
     */
    public List<Long> newestIds(ArticleScope scope, int limit) {
        return jdbc.sql(scope.newestIds() + "limit :limit")
                .params(scope.params())
                .param("now", now())
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * What the home page lists: the newest articles of the site, the newest of each section, and
     * the cards of other articles it asked for by id (those pinned by the editors) that are public.
     */
    public record Front(List<PublicCard> latest, Map<Long, List<PublicCard>> bySection, Map<Long, PublicCard> byId) {}

    /**
     * The home page's articles in two statements at most, whatever it holds: the ids of the site's
     * newest {@code latest} and of the newest {@code perSection} of each of these sections (one
     * statement, each range a few index entries), then the cards of those and of {@code alsoIds}
     * ({@link #cards}: those kept in memory, the others read by key in one statement).
     */
    public Front front(int latest, List<Long> sectionIds, int perSection, java.util.Collection<Long> alsoIds) {
        // Each range's rows are marked with its part (0 the site, then the sections): a site with fewer public
        // articles than the home lists must not have its section rows counted among the newest.
        StringBuilder ranges = new StringBuilder("(" + ArticleScope.site().newestIds(0) + "limit :latest)");
        Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i < sectionIds.size(); i++) {
            ranges.append(" union all (")
                    .append(ArticleScope.section(0).newestIds(i + 1).replace(":ref", ":ref" + i))
                    .append("limit :n)");
            params.put("ref" + i, sectionIds.get(i));
        }
        List<Long> siteIds = new ArrayList<>();
        List<Long> sectionRows = new ArrayList<>();
        jdbc.sql(ranges.toString())
                .params(params)
                .param("now", now())
                .param("latest", latest)
                .param("n", perSection)
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> (rs.getInt(1) == 0 ? siteIds : sectionRows).add(rs.getLong(2)));
        List<Long> ids = new ArrayList<>(siteIds);
        ids.addAll(sectionRows);
        java.util.Set<Long> wanted = new java.util.LinkedHashSet<>(ids);
        wanted.addAll(alsoIds);
        // The home shows the same few dozen cards render after render: kept in memory, as related cards are.
        Map<Long, PublicCard> signed = new java.util.HashMap<>();
        cards(List.copyOf(wanted)).forEach(c -> signed.put(c.id(), c));
        List<PublicCard> newest = siteIds.stream()
                .map(signed::get)
                .filter(java.util.Objects::nonNull)
                .sorted(newestFirst(PublicCard::publishedAt, PublicCard::id))
                .toList();
        Map<Long, List<PublicCard>> bySection = new LinkedHashMap<>();
        for (long id : sectionRows) {
            PublicCard c = signed.get(id);
            if (c != null) {
                bySection
                        .computeIfAbsent(c.section().id(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        bySection.values().forEach(list -> list.sort(newestFirst(PublicCard::publishedAt, PublicCard::id)));
        Map<Long, PublicCard> also = new java.util.HashMap<>();
        alsoIds.forEach(id -> {
            if (signed.containsKey(id)) {
                also.put(id, signed.get(id));
            }
        });
        return new Front(newest, bySection, also);
    }

    /**
     * Cards of the public articles among {@code ids}, in the order given (related articles, found by
     * the search index; the most read): those kept in memory ({@link PublicCards}), the others read
     * (signed) in one statement, then kept.
     */
    public List<PublicCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PublicCard> byId = new java.util.HashMap<>(kept.get(ids));
        List<Long> missing =
                ids.stream().filter(id -> !byId.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            long changes = kept.changes();
            List<PublicCard> read = jdbc.sql(
                            ArticleRows.SIGNED_CARD_COLUMNS + ArticleRows.FROM + "where a.id in (:ids) and " + PUBLIC)
                    .param("ids", missing)
                    .param("now", now())
                    .query((rs, n) -> PublicCard.of(links.signedCard(rs)))
                    .list();
            read.forEach(c -> byId.put(c.id(), c));
            kept.keep(read, changes);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The page's rows of a scope's range, whole: {@code a.id in (the range's ids, limited)}. Written
     * as a subquery of keys rather than a join with the range, because H2 would start the join from
     * the article table and scan all of it; as a list of keys both engines read the range, then
     * the dozen rows by primary key. The statement must not be ordered: given an ORDER BY, H2
     * reads the rows through the index that sorts them and tests each against the list (a scan of
     * the whole archive); the caller puts the dozen rows in order ({@link #newestFirst}).
     */
    static String inRange(ArticleScope scope) {
        return "a.id in (" + scope.newestIds() + "limit :limit offset :offset) ";
    }

    private List<ArticleCard> newestCards(ArticleScope scope, long offset, int limit) {
        return jdbc
                .sql(ArticleRows.SIGNED_CARD_COLUMNS + ArticleRows.FROM + "where " + inRange(scope) + "and " + PUBLIC)
                .params(scope.params())
                .param("now", now())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> links.signedCard(rs))
                .stream()
                .sorted(newestFirst(ArticleCard::publishedAt, ArticleCard::id))
                .toList();
    }

    /** One page of whole public articles (body, byline, tags) that pass {@code filter}, in its order. */
    public PageOf<PublicArticle> find(PublicFilter filter, int page, int size) {
        int p = Math.max(page, 1);
        Slice slice = slice(filter, PageOf.offset(p, size), size);
        return new PageOf<>(slice.items(), p, size, slice.total());
    }

    /**
     * {@code size} articles that pass {@code filter} from the {@code offset}-th on, and how many
     * pass in all. A listing of one section, tag, author or desk (or of the whole site), newest
     * first, reads one index range and takes its total from the kept counts ({@link ListingCounts});
     * other filters count once and keep the total until a listing changes.
     */
    public Slice slice(PublicFilter filter, long offset, int size) {
        java.util.Optional<ArticleScope> scope = filter.asScope();
        if (scope.isPresent()) {
            List<Article> found = links.withBylinesAndTags(jdbc
                    .sql(ArticleRows.FULL_COLUMNS + ArticleRows.FROM + "where " + inRange(scope.get()) + "and "
                            + PUBLIC)
                    .params(scope.get().params())
                    .param("now", now())
                    .param("limit", size)
                    .param("offset", offset)
                    .query((rs, n) -> ArticleRows.mapFull(rs))
                    .stream()
                    .sorted(newestFirst(Article::publishedAt, Article::id))
                    .toList());
            return new Slice(found.stream().map(PublicArticle::of).toList(), total(scope.get()));
        }
        Map<String, Object> params = new java.util.HashMap<>();
        String where = PUBLIC + filter.where(params);
        params.put("now", now());
        long total = totals.get(
                filter,
                f -> jdbc.sql("select count(*) from article a where " + where)
                        .params(params)
                        .query(Long.class)
                        .single());
        params.put("limit", size);
        params.put("offset", offset);
        return new Slice(
                articles.findAllWhere(where, filter.orderBy() + "limit :limit offset :offset", params).stream()
                        .map(PublicArticle::of)
                        .toList(),
                total);
    }

    /** How many public articles a scope lists, from the kept counts. */
    public long total(ArticleScope scope) {
        // The site's articles are each in exactly one section.
        return scope.kind() == ArticleScope.Kind.SITE
                ? counts.all(ArticleScope.Kind.SECTION).values().stream()
                        .mapToLong(Long::longValue)
                        .sum()
                : counts.of(scope.kind(), java.util.Set.of(scope.id())).getOrDefault(scope.id(), 0L);
    }

    /** Filtered totals are stale once an article joins or leaves a listing (here or on another node). */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void onChanged(com.nashir.system.ContentChange change) {
        if (change.keys().contains(com.nashir.system.ContentKeys.LATEST)
                || change instanceof com.nashir.system.RemoteContentChange r && r.everything()) {
            totals.invalidateAll();
        }
    }

    /** Some of a listing's articles and the listing's size. */
    public record Slice(List<PublicArticle> items, long total) {}

    /** The ids of every public article that passes {@code filter}, in its order (for callers that rank them further). */
    public List<Long> ids(PublicFilter filter) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = PUBLIC + filter.where(params);
        params.put("now", now());
        return jdbc.sql("select a.id from article a where " + where + filter.orderBy())
                .params(params)
                .query(Long.class)
                .list();
    }

    /** Whole public articles with these ids, in the order given; ids that are not public are skipped. */
    public List<PublicArticle> wholeByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PublicArticle> byId = new java.util.HashMap<>();
        articles.findAllWhere(PUBLIC + "and a.id in (:ids) ", "", Map.of("ids", ids, "now", now()))
                .forEach(a -> byId.put(a.id(), PublicArticle.of(a)));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Public articles per section id (sections without any are absent): the kept counts, never a count of the archive. */
    public Map<Long, Long> countsBySection() {
        return counts.all(ArticleScope.Kind.SECTION);
    }

    /** Public articles per tag id. */
    public Map<Long, Long> countsByTag() {
        return counts.all(ArticleScope.Kind.TAG);
    }

    /** Public articles per author id. */
    public Map<Long, Long> countsByAuthor() {
        return counts.all(ArticleScope.Kind.AUTHOR);
    }

    /** Public articles per desk id. */
    public Map<Long, Long> countsByDesk() {
        return counts.all(ArticleScope.Kind.DESK);
    }

    /**
     * The featured image addresses of public articles that start with {@code prefix}, each once,
     * the one of the newest article first.
     */
    public PageOf<String> featuredImages(String prefix, int page, int size) {
        int p = Math.max(page, 1);
        String where = "from article a where " + PUBLIC + "and a.image_url like :prefix escape '\\' ";
        Map<String, Object> params = Map.of("now", now(), "prefix", likePrefix(prefix));
        long total = jdbc.sql("select count(distinct a.image_url) " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<String> urls = jdbc.sql("select a.image_url, max(a.published_at) as newest " + where
                        + "group by a.image_url order by newest desc, a.image_url limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", PageOf.offset(p, size))
                .query((rs, n) -> rs.getString("image_url"))
                .list();
        return new PageOf<>(urls, p, size, total);
    }

    /** True when a public article has one of these addresses as its featured image. */
    public boolean showsFeaturedImage(java.util.Collection<String> urls) {
        return !urls.isEmpty()
                && jdbc.sql("select count(*) from article a where " + PUBLIC + "and a.image_url in (:urls)")
                                .param("urls", urls)
                                .param("now", now())
                                .query(Long.class)
                                .single()
                        > 0;
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private java.time.OffsetDateTime now() {
        return com.nashir.system.Sql.param(clock.instant());
    }
}
