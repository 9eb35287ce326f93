package com.nashir.frontpage;

import com.nashir.system.Sql;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The front page's rows (V50): pins, chosen sections, and the one row saying whether they were chosen. */
@Repository
class FrontPageRepository {
    private final JdbcClient jdbc;

    FrontPageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FrontLayout load() {
        List<Pin> pins = jdbc
                .sql("select zone_key, position, article_id, pinned_until from front_pin")
                .query((rs, n) -> new Pin(
                        Zone.fromWire(rs.getString("zone_key")),
                        rs.getInt("position"),
                        rs.getLong("article_id"),
                        Sql.instant(rs, "pinned_until")))
                .list()
                .stream()
                .filter(p -> p.zone() != null)
                .toList();
        boolean chosen = jdbc.sql("select sections_chosen from front_page where id = 1")
                .query(Boolean.class)
                .optional()
                .orElse(false);
        List<Long> sections = jdbc.sql("select section_id from front_section order by position")
                .query(Long.class)
                .list();
        return new FrontLayout(pins, chosen, sections);
    }

    /** Replaces the whole layout; the front_page row is locked first, so two editors saving at once save one after the other. */
    void replace(FrontLayout layout, Instant now) {
        jdbc.sql("update front_page set sections_chosen = ?, updated_at = ? where id = 1")
                .params(layout.sectionsChosen(), Sql.param(now))
                .update();
        jdbc.sql("delete from front_pin").update();
        for (Pin p : layout.pins()) {
            jdbc.sql("insert into front_pin (zone_key, position, article_id, pinned_until) values (?, ?, ?, ?)")
                    .params(
                            p.zone().wire(),
                            p.position(),
                            p.articleId(),
                            p.until() == null ? null : Sql.param(p.until()))
                    .update();
        }
        jdbc.sql("delete from front_section").update();
        for (int i = 0; i < layout.sectionIds().size(); i++) {
            jdbc.sql("insert into front_section (position, section_id) values (?, ?)")
                    .params(i, layout.sectionIds().get(i))
                    .update();
        }
    }

    /** Those of {@code ids} that name an article of any status. */
    Set<Long> existingArticles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from article where id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .list());
    }
}
