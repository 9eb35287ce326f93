package com.nashir.article;

import com.nashir.system.PageOf;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public site's only door to articles: everything here is published and due
 * (publication time not in the future). The condition lives in {@link #PUBLIC} and nowhere
 * else, so a draft cannot leak through a forgotten WHERE.
 */
@Service
public class PublishedArticles {
    /** Shared with {@link PublishedArchive}, the other public door, so the condition exists once. */
    static final String PUBLIC = "a.status = 'published' and a.published_at <= :now ";
    static final String NEWEST = "order by a.published_at desc, a.id desc ";

    private final JdbcClient jdbc;
    private final ArticleRepository articles;
    private final Clock clock;

    PublishedArticles(JdbcClient jdbc, ArticleRepository articles, Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.clock = clock;
    }

    public Optional<Article> byId(long id) {
        return articles.findWhere("a.id = :id and " + PUBLIC, Map.of("id", id, "now", now()));
    }

    /** Those of {@code ids} that are public now (search results are checked here before they are shown). */
    public java.util.Set<Long> publicIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select a.id from article a where a.id in (:ids) and " + PUBLIC)
                .param("ids", ids).param("now", now()).query(Long.class).list());
    }

    /** Corrections ("تصحيح") of a public article, oldest first. */
    public List<Correction> corrections(Article article) {
        return jdbc.sql("select c.id, c.article_id, c.created_at, c.text from article_correction c join article a on a.id = c.article_id "
                        + "where c.article_id = :id and " + PUBLIC + "order by c.created_at, c.id")
                .param("id", article.id()).param("now", now())
                .query((rs, n) -> new Correction(rs.getLong("id"), rs.getLong("article_id"), com.nashir.system.Sql.instant(rs, "created_at"),
                        rs.getString("text")))
                .list();
    }

    public PageOf<ArticleCard> latest(int page, int size) {
        return page("", Map.of(), page, size);
    }

    public PageOf<ArticleCard> inSection(long sectionId, int page, int size) {
        return page("and a.section_id = :ref ", Map.of("ref", sectionId), page, size);
    }

    public PageOf<ArticleCard> withTag(long tagId, int page, int size) {
        return page("and a.id in (select article_id from article_tag where tag_id = :ref) ", Map.of("ref", tagId), page, size);
    }

    public PageOf<ArticleCard> byAuthor(long authorId, int page, int size) {
        return page("and a.id in (select article_id from article_author where author_id = :ref) ", Map.of("ref", authorId), page, size);
    }

    public PageOf<ArticleCard> byDesk(long deskId, int page, int size) {
        return page("and a.desk_id = :ref ", Map.of("ref", deskId), page, size);
    }

    /** The newest {@code perSection} articles of every section, in one query. */
    public Map<Long, List<ArticleCard>> newestPerSection(int perSection) {
        List<ArticleCard> cards = jdbc.sql(ArticleRepository.CARD_COLUMNS + "from (select x.*, row_number() over "
                        + "(partition by x.section_id order by x.published_at desc, x.id desc) as rn from article x "
                        + "where x.status = 'published' and x.published_at <= :now) a "
                        + "join section s on s.id = a.section_id left join desk d on d.id = a.desk_id "
                        + "where a.rn <= :n order by s.position, s.id, a.published_at desc, a.id desc")
                .param("now", now()).param("n", perSection)
                .query((rs, n) -> ArticleRepository.mapCard(rs)).list();
        Map<Long, List<ArticleCard>> bySection = new LinkedHashMap<>();
        for (ArticleCard c : articles.withAuthors(cards)) {
            bySection.computeIfAbsent(c.section().id(), k -> new ArrayList<>()).add(c);
        }
        return bySection;
    }

    /**
     * A few articles to read next: the newest that share a tag with this one, then the newest
     * of its section to fill up.
     */
    public List<ArticleCard> relatedTo(Article article, int limit) {
        List<ArticleCard> related = new ArrayList<>();
        if (!article.tags().isEmpty()) {
            related.addAll(select("and a.id <> :self and a.id in (select article_id from article_tag where tag_id in (:tags)) ",
                    Map.of("self", article.id(), "tags", article.tags().stream().map(t -> t.id()).toList()), 0, limit));
        }
        if (related.size() < limit) {
            List<Long> exclude = new ArrayList<>(related.stream().map(ArticleCard::id).toList());
            exclude.add(article.id());
            related.addAll(select("and a.section_id = :section and a.id not in (:exclude) ",
                    Map.of("section", article.section().id(), "exclude", exclude), 0, limit - related.size()));
        }
        return articles.withAuthors(related);
    }

    /** One page of whole public articles (body, byline, tags) that pass {@code filter}, in its order. */
    public PageOf<Article> find(PublicFilter filter, int page, int size) {
        int p = Math.max(page, 1);
        Slice slice = slice(filter, PageOf.offset(p, size), size);
        return new PageOf<>(slice.items(), p, size, slice.total());
    }

    /** {@code size} articles that pass {@code filter} from the {@code offset}-th on, and how many pass in all. */
    public Slice slice(PublicFilter filter, long offset, int size) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = PUBLIC + filter.where(params);
        params.put("now", now());
        long total = jdbc.sql("select count(*) from article a where " + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", offset);
        return new Slice(articles.findAllWhere(where, filter.orderBy() + "limit :limit offset :offset", params), total);
    }

    /** Some of a listing's articles and the listing's size. */
    public record Slice(List<Article> items, long total) {}

    /** The ids of every public article that passes {@code filter}, in its order (for callers that rank them further). */
    public List<Long> ids(PublicFilter filter) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = PUBLIC + filter.where(params);
        params.put("now", now());
        return jdbc.sql("select a.id from article a where " + where + filter.orderBy()).params(params).query(Long.class).list();
    }

    /** Whole public articles with these ids, in the order given; ids that are not public are skipped. */
    public List<Article> wholeByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = new java.util.HashMap<>();
        articles.findAllWhere(PUBLIC + "and a.id in (:ids) ", "", Map.of("ids", ids, "now", now())).forEach(a -> byId.put(a.id(), a));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Public articles per section id (sections without any are absent). */
    public Map<Long, Long> countsBySection() {
        return counts("select a.section_id as ref, count(*) as n from article a where " + PUBLIC + "group by a.section_id");
    }

    /** Public articles per tag id. */
    public Map<Long, Long> countsByTag() {
        return counts("select x.tag_id as ref, count(*) as n from article_tag x join article a on a.id = x.article_id where "
                + PUBLIC + "group by x.tag_id");
    }

    /** Public articles per author id. */
    public Map<Long, Long> countsByAuthor() {
        return counts("select x.author_id as ref, count(*) as n from article_author x join article a on a.id = x.article_id where "
                + PUBLIC + "group by x.author_id");
    }

    /** Public articles per desk id. */
    public Map<Long, Long> countsByDesk() {
        return counts("select a.desk_id as ref, count(*) as n from article a where " + PUBLIC + "and a.desk_id is not null group by a.desk_id");
    }

    /**
     * The featured image addresses of public articles that start with {@code prefix}, each once,
     * the one of the newest article first.
     */
    public PageOf<String> featuredImages(String prefix, int page, int size) {
        int p = Math.max(page, 1);
        String where = "from article a where " + PUBLIC + "and a.image_url like :prefix escape '\\' ";
        Map<String, Object> params = Map.of("now", now(), "prefix", likePrefix(prefix));
        long total = jdbc.sql("select count(distinct a.image_url) " + where).params(params).query(Long.class).single();
        List<String> urls = jdbc.sql("select a.image_url, max(a.published_at) as newest " + where
                        + "group by a.image_url order by newest desc, a.image_url limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", PageOf.offset(p, size))
                .query((rs, n) -> rs.getString("image_url")).list();
        return new PageOf<>(urls, p, size, total);
    }

    /** True when a public article has one of these addresses as its featured image. */
    public boolean showsFeaturedImage(java.util.Collection<String> urls) {
        return !urls.isEmpty() && jdbc.sql("select count(*) from article a where " + PUBLIC + "and a.image_url in (:urls)")
                .param("urls", urls).param("now", now()).query(Long.class).single() > 0;
    }

    private Map<Long, Long> counts(String sql) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql(sql).param("now", now()).query(rs -> {
            counts.put(rs.getLong("ref"), rs.getLong("n"));
        });
        return counts;
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private PageOf<ArticleCard> page(String filter, Map<String, ?> params, int page, int size) {
        int p = Math.max(page, 1);
        long total = jdbc.sql("select count(*) from article a where " + PUBLIC + filter)
                .params(params).param("now", now()).query(Long.class).single();
        List<ArticleCard> items = articles.withAuthors(select(filter, params, PageOf.offset(p, size), size));
        return new PageOf<>(items, p, size, total);
    }

    private List<ArticleCard> select(String filter, Map<String, ?> params, long offset, int limit) {
        return jdbc.sql(ArticleRepository.CARD_COLUMNS + ArticleRepository.FROM + "where " + PUBLIC + filter + NEWEST
                        + "limit :limit offset :offset")
                .params(params).param("now", now()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> ArticleRepository.mapCard(rs)).list();
    }

    private java.time.OffsetDateTime now() {
        return com.nashir.system.Sql.param(clock.instant());
    }
}
